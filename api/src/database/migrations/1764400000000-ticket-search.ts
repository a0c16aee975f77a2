import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { factWords, searchTexts } from '../../tickets/search-text.js';

/** Tickets the backfill reads at a time. */
const BATCH = 2000;

/**
 * The ticket search index (see tickets/search-text.ts): words matched by trigrams without a word
 * segmenter, so Chinese is found as typed. SQLite: a contentless FTS5 table with the trigram
 * tokenizer, whose rowids ticket_search_rows maps to tickets.
 * PostgreSQL: pg_trgm GIN indexes, which index Chinese only where the database's character type
 * classifies it as letters (C.UTF-8, zh_CN.UTF-8; not the C locale, where the search stays right
 * but scans). Every existing ticket is indexed; tickets get an index on their report time too.
 */
export class TicketSearch1764400000000 implements MigrationInterface {
  name = 'TicketSearch1764400000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') {
      // pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
      await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await q.query(
        'CREATE TABLE ticket_search (ticket_id varchar(36) PRIMARY KEY, body text NOT NULL, pairs text NOT NULL)',
      );
    } else {
      // Contentless: a MATCH is answered from the index alone, and its integer rowids name the
      // tickets through a narrow table (reading an id kept in the FTS table costs a read of its texts).
      await q.query(
        'CREATE TABLE ticket_search_rows (id INTEGER PRIMARY KEY, ticket_id varchar(36) NOT NULL UNIQUE)',
      );
      await q.query(
        "CREATE VIRTUAL TABLE ticket_search USING fts5(body, pairs, tokenize = 'trigram', content = '', columnsize = 0)",
      );
    }
    await this.backfill(q);
    if (q.connection.options.type === 'postgres') {
      // Built after the backfill: one sort instead of a million index insertions.
      await q.query('CREATE INDEX idx_ticket_search_body ON ticket_search USING gin (body gin_trgm_ops)');
      await q.query('CREATE INDEX idx_ticket_search_pairs ON ticket_search USING gin (pairs gin_trgm_ops)');
      // A phone searched by its last four digits ('%8000'): digits are letters to pg_trgm in every locale.
      await q.query('CREATE INDEX idx_customers_phone_trgm ON customers USING gin (phone gin_trgm_ops)');
    }
    await q.createIndex(
      'tickets',
      new TableIndex({ name: 'idx_tickets_created', columnNames: ['created_at'] }),
    );
  }

  private async backfill(q: QueryRunner): Promise<void> {
    const pg = q.connection.options.type === 'postgres';
    let after = '';
    for (;;) {
      const rows = (await q.query(
        `SELECT t.id, t.snapshot, t.location_code, c.name AS caller, a.name AS area FROM tickets t
         LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN common_areas a ON a.id = t.area_id
         WHERE t.id > ${pg ? '$1' : '?'} ORDER BY t.id LIMIT ${BATCH}`,
        [after],
      )) as {
        id: string;
        snapshot: string;
        location_code: string | null;
        caller: string | null;
        area: string | null;
      }[];
      if (rows.length === 0) return;
      // The index rows as this migration's tables hold them (1764800000000 adds site and report time).
      const indexed = rows.map((r) => {
        const facts =
          (JSON.parse(r.snapshot) as { context?: { facts?: Record<string, unknown> } }).context?.facts ?? {};
        const words = [...factWords(facts), r.location_code, r.area, r.caller];
        const { body, pairs } = searchTexts(words.filter((w): w is string => !!w));
        return [r.id, body, pairs];
      });
      if (pg)
        for (let at = 0; at < indexed.length; at += 300) {
          const slice = indexed.slice(at, at + 300);
          const values = slice.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ');
          await q.query(`INSERT INTO ticket_search (ticket_id, body, pairs) VALUES ${values}`, slice.flat());
        }
      else
        for (const [id, body, pairs] of indexed) {
          await q.query('INSERT INTO ticket_search_rows (ticket_id) VALUES (?)', [id]);
          await q.query('INSERT INTO ticket_search (rowid, body, pairs) VALUES (last_insert_rowid(), ?, ?)', [
            body,
            pairs,
          ]);
        }
      after = rows[rows.length - 1]!.id;
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('units', 'idx_units_room');
    await q.dropIndex('units', 'idx_units_code');
    await q.dropIndex('tickets', 'idx_tickets_created');
    if (q.connection.options.type === 'postgres') await q.query('DROP INDEX idx_customers_phone_trgm');
    await q.query('DROP TABLE ticket_search');
    if (q.connection.options.type !== 'postgres') await q.query('DROP TABLE ticket_search_rows');
  }
}
