import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Durable time standards and safe retries: a firing record per (ticket, timer), whose primary key
 * is what makes a timer fire at most once, and the idempotency keys of commands.
 */
export class DurableTime1763960000000 implements MigrationInterface {
  name = 'DurableTime1763960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'timer_firings',
        columns: [
          { name: 'ticket_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'timer_id', type: 'varchar', length: '255', isPrimary: true },
          { name: 'fired_at', type: 'varchar', length: '30' },
          { name: 'outcome', type: 'varchar', length: '12' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'idempotency_keys',
        columns: [
          { name: 'actor_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'key', type: 'varchar', length: '200', isPrimary: true },
          { name: 'fingerprint', type: 'varchar', length: '64' },
          { name: 'status_code', type: 'integer' },
          { name: 'body', type: 'text' },
          { name: 'created_at', type: 'varchar', length: '30' },
        ],
      }),
    );
    await q.createIndex(
      'idempotency_keys',
      new TableIndex({ name: 'idx_idempotency_created', columnNames: ['created_at'] }),
    );
    await q.createIndex(
      'tickets',
      new TableIndex({ name: 'idx_tickets_overdue', columnNames: ['overdue', 'status'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('tickets', 'idx_tickets_overdue');
    await q.dropTable('idempotency_keys');
    await q.dropTable('timer_firings');
  }
}
