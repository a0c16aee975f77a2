import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ticket search index's rows keep their ticket's site and report time (both fixed at intake),
 * so a search pages newest first, within the caller's sites, and counts from the index rows alone
 * (tickets/ticket-search-page.ts): a common word no longer reads every ticket it finds.
 * Existing rows take them from their tickets. Each database rebuilds the table rather than
 * updating a million rows in place: SQLite keeps the rowids the FTS5 table is keyed by;
 * PostgreSQL builds its trigram indexes once, after the copy, and leaves no dead rows behind.
 */
export class SearchRowsScope1764800000000 implements MigrationInterface {
  name = 'SearchRowsScope1764800000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') {
      await q.query(
        `CREATE TABLE ticket_search_next (ticket_id varchar(36) PRIMARY KEY, site_id varchar(40) NOT NULL,
          created_at varchar(30) NOT NULL, body text NOT NULL, pairs text NOT NULL)`,
      );
      await q.query(
        `INSERT INTO ticket_search_next (ticket_id, site_id, created_at, body, pairs)
         SELECT s.ticket_id, t.site_id, t.created_at, s.body, s.pairs FROM ticket_search s JOIN tickets t ON t.id = s.ticket_id`,
      );
      await q.query('DROP TABLE ticket_search');
      await this.renamePostgres(q, 'ticket_search_next', 'ticket_search');
      await this.trigramIndexes(q);
      return;
    }
    await q.query(
      `CREATE TABLE ticket_search_rows_next (id INTEGER PRIMARY KEY, ticket_id varchar(36) NOT NULL UNIQUE,
        site_id varchar(40) NOT NULL, created_at varchar(30) NOT NULL)`,
    );
    await q.query(
      `INSERT INTO ticket_search_rows_next (id, ticket_id, site_id, created_at)
       SELECT sr.id, sr.ticket_id, t.site_id, t.created_at FROM ticket_search_rows sr JOIN tickets t ON t.id = sr.ticket_id`,
    );
    await q.query('DROP TABLE ticket_search_rows');
    await q.query('ALTER TABLE ticket_search_rows_next RENAME TO ticket_search_rows');
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') {
      await q.query('ALTER TABLE ticket_search DROP COLUMN site_id, DROP COLUMN created_at');
      return;
    }
    await q.query(
      'CREATE TABLE ticket_search_rows_next (id INTEGER PRIMARY KEY, ticket_id varchar(36) NOT NULL UNIQUE)',
    );
    await q.query(
      'INSERT INTO ticket_search_rows_next (id, ticket_id) SELECT id, ticket_id FROM ticket_search_rows',
    );
    await q.query('DROP TABLE ticket_search_rows');
    await q.query('ALTER TABLE ticket_search_rows_next RENAME TO ticket_search_rows');
  }

  /** The table and its primary key under the names 1764400000000 gave them. */
  private async renamePostgres(q: QueryRunner, from: string, to: string): Promise<void> {
    await q.query(`ALTER TABLE ${from} RENAME TO ${to}`);
    await q.query(`ALTER TABLE ${to} RENAME CONSTRAINT ${from}_pkey TO ${to}_pkey`);
  }

  /** As 1764400000000 built them, built after the copy: one sort instead of a million insertions. */
  private async trigramIndexes(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX idx_ticket_search_body ON ticket_search USING gin (body gin_trgm_ops)');
    await q.query('CREATE INDEX idx_ticket_search_pairs ON ticket_search USING gin (pairs gin_trgm_ops)');
  }
}
