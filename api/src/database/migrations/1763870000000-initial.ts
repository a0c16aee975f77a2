import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

type Col = {
  name: string;
  type: string;
  length?: string;
  isNullable?: boolean;
  isPrimary?: boolean;
  isUnique?: boolean;
};
const v = (name: string, length: number, extra: Partial<Col> = {}): Col => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});
const int = (name: string, extra: Partial<Col> = {}): Col => ({ name, type: 'integer', ...extra });
const text = (name: string, extra: Partial<Col> = {}): Col => ({ name, type: 'text', ...extra });
const bool = (name: string): Col => ({ name, type: 'boolean' });

/** The first schema: users, blueprints, rulesets, tickets, timers and the hash-chained audit log. */
export class Initial1763870000000 implements MigrationInterface {
  name = 'Initial1763870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          v('id', 36, { isPrimary: true }),
          v('username', 64, { isUnique: true }),
          v('password_hash', 100),
          v('role', 20),
          v('job_role', 40),
          v('team', 64, { isNullable: true }),
          v('created_at', 30),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'blueprint_drafts',
        columns: [v('key', 64, { isPrimary: true }), text('body'), v('updated_at', 30), v('updated_by', 64)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'blueprint_versions',
        columns: [
          v('key', 64, { isPrimary: true }),
          int('version', { isPrimary: true }),
          v('hash', 64),
          text('body'),
          text('compiled'),
          v('published_at', 30),
          v('published_by', 64),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'ruleset_versions',
        columns: [
          int('version', { isPrimary: true }),
          v('key', 64),
          v('hash', 64),
          text('body'),
          v('published_at', 30),
          v('published_by', 64),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'tickets',
        columns: [
          v('id', 36, { isPrimary: true }),
          v('blueprint_key', 64),
          int('blueprint_version'),
          v('blueprint_hash', 64),
          v('class', 20),
          v('priority', 20),
          v('team', 64, { isNullable: true }),
          v('state', 64),
          v('status', 10),
          v('assigned_roles', 400),
          bool('overdue'),
          bool('at_risk'),
          text('snapshot'),
          text('classification'),
          int('version'),
          v('created_at', 30),
          v('updated_at', 30),
          v('created_by', 64),
        ],
      }),
    );
    await q.createIndex(
      'tickets',
      new TableIndex({ name: 'idx_tickets_status_created', columnNames: ['status', 'created_at'] }),
    );
    await q.createIndex('tickets', new TableIndex({ name: 'idx_tickets_team', columnNames: ['team'] }));
    await q.createTable(
      new Table({
        name: 'timers',
        columns: [
          v('ticket_id', 36, { isPrimary: true }),
          v('timer_id', 255, { isPrimary: true }),
          v('step_id', 64),
          v('kind', 10),
          v('due', 30),
          v('status', 12),
          v('escalate_to', 40, { isNullable: true }),
          v('created_at', 30),
          v('settled_at', 30, { isNullable: true }),
        ],
      }),
    );
    await q.createIndex(
      'timers',
      new TableIndex({ name: 'idx_timers_status_due', columnNames: ['status', 'due'] }),
    );
    // No foreign keys into audit_entries and none out of it: no cascade can ever reach the log.
    await q.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          int('seq', { isPrimary: true }),
          v('at', 30),
          v('ticket_id', 36, { isNullable: true }),
          v('actor_id', 64),
          v('actor_role', 40),
          v('command', 40),
          v('event_type', 64, { isNullable: true }),
          text('data', { isNullable: true }),
          v('from_state', 64, { isNullable: true }),
          v('to_state', 64, { isNullable: true }),
          v('blueprint_key', 64, { isNullable: true }),
          int('blueprint_version', { isNullable: true }),
          v('outcome', 10),
          v('code', 40, { isNullable: true }),
          text('trace', { isNullable: true }),
          v('request_id', 64, { isNullable: true }),
          v('prev_hash', 64),
          v('hash', 64),
        ],
      }),
    );
    await q.createIndex(
      'audit_entries',
      new TableIndex({ name: 'idx_audit_ticket', columnNames: ['ticket_id', 'seq'] }),
    );
    await q.createTable(
      new Table({ name: 'audit_head', columns: [int('id', { isPrimary: true }), int('seq'), v('hash', 64)] }),
    );
    await q.query(`INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '${'0'.repeat(64)}')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'audit_head',
      'audit_entries',
      'timers',
      'tickets',
      'ruleset_versions',
      'blueprint_versions',
      'blueprint_drafts',
      'users',
    ])
      await q.dropTable(t);
  }
}
