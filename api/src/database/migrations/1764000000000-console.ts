import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What the staff console and the audit workspace read: comments on tickets, the roles a ticket's
 * live escalations wait for, and indexes for audit searches over a million entries.
 */
export class Console1764000000000 implements MigrationInterface {
  name = 'Console1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'ticket_comments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'ticket_id', type: 'varchar', length: '36' },
          { name: 'at', type: 'varchar', length: '30' },
          { name: 'author_id', type: 'varchar', length: '64' },
          { name: 'author_role', type: 'varchar', length: '40' },
          { name: 'body', type: 'text' },
          // The seq of the comment's audit entry: comments keep the order the log gave them.
          { name: 'audit_seq', type: 'integer' },
        ],
      }),
    );
    await q.createIndex(
      'ticket_comments',
      new TableIndex({ name: 'idx_comments_ticket', columnNames: ['ticket_id', 'audit_seq'] }),
    );
    await q.addColumn(
      'tickets',
      new TableColumn({ name: 'escalated_to', type: 'varchar', length: '400', default: "','" }),
    );
    // The queue's order, stored so one index serves it: class first (0 emergency, 1 special, 2 general),
    // then when the next time standard breaches ('9999…' when none, so the order needs no NULL rules).
    await q.addColumn('tickets', new TableColumn({ name: 'urgency_rank', type: 'integer', default: 2 }));
    await q.addColumn(
      'tickets',
      new TableColumn({
        name: 'next_breach',
        type: 'varchar',
        length: '30',
        default: "'9999-12-31T23:59:59.999Z'",
      }),
    );
    await q.createIndex(
      'tickets',
      new TableIndex({
        name: 'idx_tickets_queue',
        columnNames: ['status', 'urgency_rank', 'next_breach', 'created_at', 'id'],
      }),
    );
    await q.createIndex(
      'tickets',
      new TableIndex({ name: 'idx_tickets_class_created', columnNames: ['class', 'created_at'] }),
    );
    await q.createIndex(
      'tickets',
      new TableIndex({ name: 'idx_tickets_blueprint', columnNames: ['blueprint_key', 'blueprint_version'] }),
    );
    // The head keeps the hash it replaced, so one UPDATE … RETURNING gives an entry both its hashes.
    await q.addColumn(
      'audit_head',
      new TableColumn({ name: 'prev_hash', type: 'varchar', length: '64', default: `'${'0'.repeat(64)}'` }),
    );
    await q.createIndex('audit_entries', new TableIndex({ name: 'idx_audit_at', columnNames: ['at'] }));
    await q.createIndex(
      'audit_entries',
      new TableIndex({ name: 'idx_audit_actor', columnNames: ['actor_id', 'seq'] }),
    );
    await q.createIndex(
      'audit_entries',
      new TableIndex({
        name: 'idx_audit_blueprint',
        columnNames: ['blueprint_key', 'blueprint_version', 'at'],
      }),
    );
    await q.createIndex(
      'audit_entries',
      new TableIndex({ name: 'idx_audit_event', columnNames: ['event_type', 'seq'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['idx_audit_event', 'idx_audit_blueprint', 'idx_audit_actor', 'idx_audit_at'])
      await q.dropIndex('audit_entries', name);
    await q.dropColumn('audit_head', 'prev_hash');
    await q.dropIndex('tickets', 'idx_tickets_blueprint');
    await q.dropIndex('tickets', 'idx_tickets_class_created');
    await q.dropIndex('tickets', 'idx_tickets_queue');
    await q.dropColumn('tickets', 'next_breach');
    await q.dropColumn('tickets', 'urgency_rank');
    await q.dropColumn('tickets', 'escalated_to');
    await q.dropTable('ticket_comments');
  }
}
