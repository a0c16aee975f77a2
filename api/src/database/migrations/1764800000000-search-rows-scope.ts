import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ticket search index's rows keep their ticket's site and report time (both fixed at intake),
 * so a search pages newest first, within the caller's sites, and counts from the index rows alone
 * (tickets/ticket-search-page.ts): a common word no longer reads every ticket it finds.
 * Existing rows take them from their tickets. Each database rebuilds the table rather than
 * updating a million rows in place: SQLite keeps the rowids the FTS5 table is keyed by;
 * PostgreSQL builds its indexes once, after the copy, and leaves no dead rows behind.
 * PostgreSQL also gets B-tree indexes newest first, of all sites and of each site: a common word
 * is paged by walking them and testing each row's words until the page is full (one row in thirty
 * holds 漏水: 1,500 rows for a page of 50), a rare one by its trigrams; the planner picks by the
 * word's frequency. The copy is written newest first, as intake appends rows from then on, so such
 * a walk reads neighbouring pages. (SQLite's planner cannot tell a common word from a rare one in
 * FTS5, so it keeps to the trigram index, whose matches it then sorts.)
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
         SELECT s.ticket_id, t.site_id, t.created_at, s.body, s.pairs FROM ticket_search s JOIN tickets t ON t.id = s.ticket_id
         ORDER BY t.created_at DESC, s.ticket_id`,
      );
      await q.query('DROP TABLE ticket_search');
      await this.renamePostgres(q, 'ticket_search_next', 'ticket_search');
      await this.searchIndexes(q);
      // A new table has no statistics: without them the planner cannot tell a common word from a rare one.
      await q.query('ANALYZE ticket_search');
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
      // Their indexes go with the columns.
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

  /** Built after the copy: one sort each instead of a million insertions. */
  private async searchIndexes(q: QueryRunner): Promise<void> {
    // For this transaction only: the default (64 MB) builds a million rows' trigram index in several passes.
    await q.query("SET LOCAL maintenance_work_mem = '256MB'");
    await q.query('CREATE INDEX idx_ticket_search_newest ON ticket_search (created_at DESC, ticket_id)');
    await q.query(
      'CREATE INDEX idx_ticket_search_site_newest ON ticket_search (site_id, created_at DESC, ticket_id)',
    );
    // As 1764400000000 built them.
    await q.query('CREATE INDEX idx_ticket_search_body ON ticket_search USING gin (body gin_trgm_ops)');
    await q.query('CREATE INDEX idx_ticket_search_pairs ON ticket_search USING gin (pairs gin_trgm_ops)');
  }
}
