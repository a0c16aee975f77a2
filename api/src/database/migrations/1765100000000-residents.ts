import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const text = (name: string, length: number, isNullable = false) => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});

/**
 * Residents in the loop: one-time sign-in codes (only an HMAC of the code is kept, with its expiry
 * and attempts), resident sessions (the SHA-256 of the cookie, bound to a customer or to the one
 * ticket of a tracking link), tracking links (the SHA-256 of the token) and payment consents.
 */
export class Residents1765100000000 implements MigrationInterface {
  name = 'Residents1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'resident_codes',
        columns: [
          { ...text('id', 36), isPrimary: true },
          text('phone', 32),
          text('code_hash', 64),
          text('created_at', 30),
          text('expires_at', 30),
          { name: 'attempts', type: 'integer', default: 0 },
          text('used_at', 30, true),
        ],
      }),
    );
    await q.createIndex(
      'resident_codes',
      new TableIndex({ name: 'idx_resident_codes_phone', columnNames: ['phone', 'created_at'] }),
    );
    await q.createTable(
      new Table({
        name: 'resident_sessions',
        columns: [
          { ...text('id', 36), isPrimary: true },
          { ...text('token_hash', 64), isUnique: true },
          text('customer_id', 36, true),
          text('ticket_id', 36, true),
          text('created_at', 30),
          text('last_used_at', 30),
          text('expires_at', 30),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'tracking_links',
        columns: [
          { ...text('ticket_id', 36), isPrimary: true },
          { ...text('token_hash', 64), isUnique: true },
          text('created_at', 30),
          text('created_by', 64),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'resident_payments',
        columns: [
          { ...text('id', 36), isPrimary: true },
          text('ticket_id', 36),
          text('customer_id', 36, true),
          { name: 'amount', type: 'decimal', precision: 12, scale: 2 },
          text('currency', 3),
          text('provider', 20),
          text('status', 20),
          text('consented_at', 30),
        ],
      }),
    );
    await q.createIndex(
      'resident_payments',
      new TableIndex({ name: 'idx_resident_payments_ticket', columnNames: ['ticket_id'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('resident_payments');
    await q.dropTable('tracking_links');
    await q.dropTable('resident_sessions');
    await q.dropTable('resident_codes');
  }
}
