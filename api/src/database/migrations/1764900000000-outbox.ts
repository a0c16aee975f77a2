import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The transactional outbox: a notification is a row written in the transaction of the ticket
 * change that caused it, delivered afterwards by a worker that leases it (lease_owner, lease_until)
 * so no two workers send it at once and a dead worker's row is taken up again. `in_app_messages`
 * keeps what the in-app channel delivered, one row per notification id.
 */
export class Outbox1764900000000 implements MigrationInterface {
  name = 'Outbox1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'outbox',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'channel', type: 'varchar', length: '16' },
          { name: 'ticket_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'recipient', type: 'text' },
          { name: 'payload', type: 'text' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'created_at', type: 'varchar', length: '30' },
          { name: 'available_at', type: 'varchar', length: '30' },
          { name: 'lease_owner', type: 'varchar', length: '64', isNullable: true },
          { name: 'lease_until', type: 'varchar', length: '30', isNullable: true },
          { name: 'delivered_at', type: 'varchar', length: '30', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '500', isNullable: true },
        ],
      }),
    );
    await q.createIndex(
      'outbox',
      new TableIndex({ name: 'idx_outbox_due', columnNames: ['status', 'available_at'] }),
    );
    await q.createIndex('outbox', new TableIndex({ name: 'idx_outbox_ticket', columnNames: ['ticket_id'] }));
    await q.createTable(
      new Table({
        name: 'in_app_messages',
        columns: [
          { name: 'notification_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'ticket_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'audience', type: 'varchar', length: '80' },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'body', type: 'text' },
          { name: 'created_at', type: 'varchar', length: '30' },
        ],
      }),
    );
    await q.createIndex(
      'in_app_messages',
      new TableIndex({ name: 'idx_in_app_ticket', columnNames: ['ticket_id', 'created_at'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('in_app_messages');
    await q.dropTable('outbox');
  }
}
