import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { runSql } from '../database/sql.js';
import { inSlices, insertRows, marks } from './bulk-insert.js';
import type { CustomerRow, CustomerUnitRow } from './estate.entities.js';
import type { CustomerRecord, HoldingRecord } from './estate-views.js';
import { escapeLike } from './sites.repository.js';

type Source = EntityManager | DataSource;

const CUSTOMER =
  'SELECT c.id, c.name, c.phone, c.importance, c.member, c.kind, c.created_at FROM customers c';
const HOLDING = `SELECT h.id, h.customer_id, h.unit_id, u.code AS unit_code, h.site_id, h.role, h.since, h.until
  FROM customer_units h JOIN units u ON u.id = h.unit_id`;

export const CUSTOMER_COLUMNS = [
  'id',
  'name',
  'phone',
  'importance',
  'member',
  'kind',
  'created_at',
  'updated_at',
];
export const HOLDING_COLUMNS = ['id', 'customer_id', 'unit_id', 'site_id', 'role', 'since', 'until'];

export const customerValues = (c: CustomerRow): unknown[] => [
  c.id,
  c.name,
  c.phone,
  c.importance,
  c.member,
  c.kind,
  c.createdAt,
  c.updatedAt,
];
export const holdingValues = (h: CustomerUnitRow): unknown[] => [
  h.id,
  h.customerId,
  h.unitId,
  h.siteId,
  h.role,
  h.since,
  h.until,
];

/** What a site's search box may match of a customer: the name, and phone digits. */
export interface CustomerSearch {
  text: string;
  /** Digits to find in the phone number, or null when the text has too few. */
  digits: string | null;
  /** Match only the last digits (what a masked number shows), for callers who read phones masked. */
  suffixOnly: boolean;
}

/** Customers and their holdings: queries only. */
@Injectable()
export class CustomersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string, source: Source = this.dataSource): Promise<CustomerRecord | null> {
    const [row] = await runSql<CustomerRecord>(source, `${CUSTOMER} WHERE c.id = $1`, [id]);
    return row ?? null;
  }

  byIds(ids: readonly string[], source: Source = this.dataSource): Promise<CustomerRecord[]> {
    return inSlices([...new Set(ids)], (slice) =>
      runSql<CustomerRecord>(source, `${CUSTOMER} WHERE c.id IN (${marks(slice.length)})`, slice),
    );
  }

  byPhones(phones: readonly string[], source: Source = this.dataSource): Promise<CustomerRecord[]> {
    return inSlices([...new Set(phones)], (slice) =>
      runSql<CustomerRecord>(source, `${CUSTOMER} WHERE c.phone IN (${marks(slice.length)})`, slice),
    );
  }

  /** Every holding of these customers (past ones too), oldest first. */
  holdings(customerIds: readonly string[], source: Source = this.dataSource): Promise<HoldingRecord[]> {
    return inSlices([...new Set(customerIds)], (slice) =>
      runSql<HoldingRecord>(
        source,
        `${HOLDING} WHERE h.customer_id IN (${marks(slice.length)}) ORDER BY COALESCE(h.since, ''), u.code, h.role`,
        slice,
      ),
    );
  }

  async holding(id: string, source: Source = this.dataSource): Promise<HoldingRecord | null> {
    const [row] = await runSql<HoldingRecord>(source, `${HOLDING} WHERE h.id = $1`, [id]);
    return row ?? null;
  }

  /** The holding of a customer, unit and role (each is unique), past or current. */
  async holdingOf(m: EntityManager, customerId: string, unitId: string, role: string) {
    const [row] = await runSql<HoldingRecord>(
      m,
      `${HOLDING} WHERE h.customer_id = $1 AND h.unit_id = $2 AND h.role = $3`,
      [customerId, unitId, role],
    );
    return row ?? null;
  }

  /** The sites a customer holds (or held) units at. */
  async sitesOf(customerId: string): Promise<string[]> {
    const rows = await runSql<{ site_id: string }>(
      this.dataSource,
      'SELECT DISTINCT site_id FROM customer_units WHERE customer_id = $1',
      [customerId],
    );
    return rows.map((r) => r.site_id);
  }

  /** Customers who hold (or held) a unit of the site, by name or phone digits, by name. */
  search(siteId: string, s: CustomerSearch, limit: number): Promise<CustomerRecord[]> {
    const values: unknown[] = [siteId, `%${escapeLike(s.text)}%`];
    let phone = '';
    if (s.digits) {
      values.push(s.suffixOnly ? `%${s.digits}` : `%${s.digits}%`);
      phone = ` OR c.phone LIKE $3`;
    }
    // From the site's holdings, not the whole customer table: bounded by the site's size. The site's
    // customers are gathered first (MATERIALIZED): left to itself, PostgreSQL walks the company's
    // customers in name order for the LIMIT and checks each one's site, 145 ms for a common
    // surname ('王') among 150,000 customers of 50 sites (npm run bench:estate-scale).
    return runSql<CustomerRecord>(
      this.dataSource,
      `WITH here AS MATERIALIZED (SELECT DISTINCT customer_id FROM customer_units WHERE site_id = $1)
       SELECT c.id, c.name, c.phone, c.importance, c.member, c.kind, c.created_at
       FROM here JOIN customers c ON c.id = here.customer_id
       WHERE c.name LIKE $2 ESCAPE '\\'${phone}
       ORDER BY c.name, c.id LIMIT ${Number(limit)}`,
      values,
    );
  }

  async insert(m: EntityManager, rows: readonly CustomerRow[], done?: (n: number) => void): Promise<void> {
    await insertRows(m, 'customers', CUSTOMER_COLUMNS, rows.map(customerValues), done);
  }

  /**
   * Inserts a customer unless their phone is on file (perhaps just now, by a concurrent
   * transaction, which this one waits for on PostgreSQL); returns the phone's customer either way.
   */
  async insertOrFind(m: EntityManager, row: CustomerRow): Promise<{ id: string; created: boolean }> {
    await insertRows(m, 'customers', CUSTOMER_COLUMNS, [customerValues(row)], undefined, 'phone');
    const [found] = await this.byPhones([row.phone], m);
    return { id: found!.id, created: found!.id === row.id };
  }

  /** Sets a customer's name, phone and segments. */
  async update(m: EntityManager, c: Omit<CustomerRow, 'createdAt'>): Promise<void> {
    const member = m.connection.options.type === 'postgres' ? c.member : c.member ? 1 : 0;
    await runSql(
      m,
      'UPDATE customers SET name = $1, phone = $2, importance = $3, member = $4, kind = $5, updated_at = $6 WHERE id = $7',
      [c.name, c.phone, c.importance, member, c.kind, c.updatedAt, c.id],
    );
  }

  async insertHoldings(m: EntityManager, rows: readonly CustomerUnitRow[], done?: (n: number) => void) {
    await insertRows(m, 'customer_units', HOLDING_COLUMNS, rows.map(holdingValues), done);
  }

  /** Sets when a holding began and ended (null: still on). */
  async setHoldingDates(m: EntityManager, id: string, since: string | null, until: string | null) {
    await runSql(m, 'UPDATE customer_units SET since = $1, until = $2 WHERE id = $3', [since, until, id]);
  }
}
