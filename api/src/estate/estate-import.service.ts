import { Injectable } from '@nestjs/common';
import {
  ESTATE_COLUMNS,
  normalizeWidth,
  readEstateRows,
  type EstateColumn,
  type EstateRow,
  type ImportReport,
} from '@frontstage/engine';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../common/api-error.js';
import { Clock } from '../common/clock.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import { bool, runSql } from '../database/sql.js';
import { Transactor } from '../database/transactor.js';
import { inSlices, insertRows, marks } from './bulk-insert.js';
import { CustomersRepository } from './customers.repository.js';
import { readTable } from './estate-file.js';
import { planImport, type ImportPlan, type KnownCustomer, type SiteState } from './import-plan.js';
import { SitesService } from './sites.service.js';

/** Rows one file may hold: twice the biggest estate the product is measured at. */
const MAX_ROWS = 200_000;

/** How far a write has got, for the NDJSON progress lines. */
export type Progress = (done: number, total: number) => void;

/** A checked import: the rows, and the plan against the site as it was read. */
export interface PreparedImport {
  siteId: string;
  rows: EstateRow[];
  table: string[][];
  report: ImportReport;
}

/**
 * The estate import: a file read into rows (engine readEstateRows, all or nothing), planned against
 * the site (import-plan.ts) and written in one transaction with multi-row inserts. A file with any
 * bad row writes nothing; a dry run writes nothing either and says what an import would do.
 */
@Injectable()
export class EstateImportService {
  constructor(
    private readonly sites: SitesService,
    private readonly customers: CustomersRepository,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tx: Transactor,
  ) {}

  /**
   * Reads and checks a file: its rows, and for a dry run the plan against the site as it is now.
   * A real import is planned once, inside its transaction (`commit`).
   */
  async prepare(
    user: CurrentUserData,
    siteId: string,
    body: unknown,
    dryRun: boolean,
  ): Promise<PreparedImport> {
    await this.sites.site(user, siteId);
    if (!(body instanceof Uint8Array))
      throw new ApiError('unsupported_media_type', 'body: send the file as text/csv or as an XLSX workbook', {
        field: 'body',
      });
    const table = await readTable(body);
    const count = table.slice(1).filter((r) => r.some((c) => c.trim() !== '')).length;
    if (count > MAX_ROWS)
      throw new ApiError('validation_failed', `body: more than ${MAX_ROWS} rows`, { field: 'body' });
    const { rows, problems } = readEstateRows(table, this.clock.iso().slice(0, 10));
    const report = emptyReport(dryRun, count);
    if (problems.length > 0 || !dryRun) return { siteId, rows, table, report: { ...report, problems } };
    const plan = this.plan(table, rows, await this.state(this.dataSource, siteId, rows));
    return { siteId, rows, table, report: reportOf(report, plan) };
  }

  /**
   * Plans and writes a checked file in one transaction; a problem only the site's records show (a
   * masked phone that masks no holder) refuses the whole file, as any bad row does. `progress`
   * hears (0, total) once planned, then as rows are written.
   */
  async commit(prepared: PreparedImport, progress: Progress = () => undefined): Promise<ImportReport> {
    const { siteId, rows, table } = prepared;
    const report = await this.tx.runAlone(async (m) => {
      const plan = this.plan(table, rows, await this.state(m, siteId, rows));
      const planned = reportOf(emptyReport(false, prepared.report.rows), plan);
      if (plan.problems.length > 0) throw invalidImport(planned);
      await this.write(m, plan, progress);
      return { ...planned, imported: true };
    });
    // Fresh statistics, so the search box's queries on a site that just grew by thousands of units are planned well at once.
    if (this.isPostgres && report.units.created + report.customers.created > 1_000)
      await runSql(this.dataSource, 'ANALYZE units, customers, customer_units').catch(() => undefined);
    return report;
  }

  private get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  private plan(table: string[][], rows: EstateRow[], state: SiteState): ImportPlan {
    const heading = table[0] ?? [];
    const index = (column: EstateColumn) =>
      heading.findIndex((h) =>
        Object.values(ESTATE_COLUMNS[column]).some(
          (name) => name.toLowerCase() === normalizeWidth(h).toLowerCase(),
        ),
      );
    const at = new Map((Object.keys(ESTATE_COLUMNS) as EstateColumn[]).map((c) => [c, index(c)]));
    return planImport({
      rows,
      state,
      heading: (column) => heading[at.get(column)!] ?? ESTATE_COLUMNS[column].en,
      given: (row, column) => (table[row - 1]?.[at.get(column)!] ?? '').trim() !== '',
      newId: randomUUID,
      now: this.clock.iso(),
    });
  }

  /** The site as the import compares against: buildings, units, holdings, and the customers in play. */
  private async state(
    source: EntityManager | DataSource,
    siteId: string,
    rows: EstateRow[],
  ): Promise<SiteState> {
    // One after another: inside the import's transaction they share one connection.
    const buildings = await runSql<{ id: string; name: string }>(
      source,
      'SELECT id, name FROM buildings WHERE site_id = $1',
      [siteId],
    );
    const units = await runSql<{ id: string; code: string; floor_area: number | string | null }>(
      source,
      'SELECT id, code, floor_area FROM units WHERE site_id = $1',
      [siteId],
    );
    const held = await runSql<{
      id: string;
      customer_id: string;
      unit_id: string;
      role: string;
      until: string | null;
      phone: string;
    }>(
      source,
      `SELECT h.id, h.customer_id, h.unit_id, h.role, h.until, c.phone FROM customer_units h
       JOIN customers c ON c.id = h.customer_id WHERE h.site_id = $1`,
      [siteId],
    );
    const phones = rows.flatMap((r) => (r.customer && !r.customer.phoneMasked ? [r.customer.phone] : []));
    const wanted = [...new Set([...phones, ...held.map((h) => h.phone)])];
    const known = await inSlices(wanted, (slice) =>
      runSql<{ id: string; name: string; phone: string; importance: string; member: unknown; kind: string }>(
        source,
        `SELECT id, name, phone, importance, member, kind FROM customers WHERE phone IN (${marks(slice.length)})`,
        slice,
      ),
    );
    const today = this.clock.iso().slice(0, 10);
    const holders = new Map<string, string[]>();
    for (const h of held)
      if (h.until === null || h.until > today)
        holders.set(h.unit_id, [...(holders.get(h.unit_id) ?? []), h.phone]);
    return {
      siteId,
      buildings: new Map(buildings.map((b) => [b.name, b.id])),
      units: new Map(
        units.map((u) => [
          u.code,
          { id: u.id, floorArea: u.floor_area === null ? null : Number(u.floor_area) },
        ]),
      ),
      customers: new Map(
        known.map((c): [string, KnownCustomer] => [
          c.phone,
          {
            ...c,
            member: bool(c.member),
            importance: c.importance as 'ordinary',
            kind: c.kind as 'residential',
          },
        ]),
      ),
      holdings: new Map(
        held.map((h) => [`${h.customer_id}|${h.unit_id}|${h.role}`, { id: h.id, until: h.until }]),
      ),
      holders,
    };
  }

  private async write(m: EntityManager, plan: ImportPlan, progress: Progress): Promise<void> {
    const total =
      plan.units.length +
      plan.customers.length +
      plan.holdings.length +
      plan.unitAreas.length +
      plan.customerUpdates.length +
      plan.reopened.length;
    let done = 0;
    progress(0, total);
    const step = (n: number) => progress(done + n, total);
    const finished = (n: number) => {
      done += n;
      progress(done, total);
    };
    await insertRows(
      m,
      'buildings',
      ['id', 'site_id', 'name'],
      plan.buildings.map((b) => [b.id, b.siteId, b.name]),
    );
    await insertRows(
      m,
      'units',
      ['id', 'site_id', 'building_id', 'code', 'entrance', 'room', 'floor_area'],
      plan.units.map((u) => [u.id, u.siteId, u.buildingId, u.code, u.entrance, u.room, u.floorArea]),
      step,
    );
    finished(plan.units.length);
    await this.customers.insert(m, plan.customers, step);
    finished(plan.customers.length);
    await this.customers.insertHoldings(m, plan.holdings, step);
    finished(plan.holdings.length);
    // Changes of what exists are few in a real file (a corrected area, a renamed customer): one statement each.
    for (const u of plan.unitAreas)
      await runSql(m, 'UPDATE units SET floor_area = $1 WHERE id = $2', [u.floorArea, u.id]);
    const now = this.clock.iso();
    for (const c of plan.customerUpdates) await this.customers.update(m, { ...c, updatedAt: now });
    for (const h of plan.reopened) await this.customers.setHoldingDates(m, h.id, h.since, null);
    finished(plan.unitAreas.length + plan.customerUpdates.length + plan.reopened.length);
  }
}

const emptyReport = (dryRun: boolean, rows: number): ImportReport => ({
  dryRun,
  imported: false,
  rows,
  buildings: { created: 0 },
  units: { created: 0, updated: 0 },
  customers: { created: 0, updated: 0 },
  holdings: { created: 0 },
  problems: [],
});

const reportOf = (base: ImportReport, plan: ImportPlan): ImportReport => ({
  ...base,
  buildings: { created: plan.buildings.length },
  units: { created: plan.units.length, updated: plan.unitAreas.length },
  customers: { created: plan.customers.length, updated: plan.customerUpdates.length },
  holdings: { created: plan.holdings.length + plan.reopened.length },
  problems: plan.problems,
});

/** A 400 listing every bad row: `details.problems` as the report has them, `details.row` the first. */
export function invalidImport(report: ImportReport): ApiError {
  const [first] = report.problems;
  return new ApiError(
    'invalid_import',
    `${report.problems.length} problem(s) in the file, nothing imported${first ? `: row ${first.row}, ${first.column}: ${first.reason}` : ''}`,
    {
      field: 'body',
      row: first?.row ?? null,
      column: first?.column ?? null,
      problems: report.problems,
      report,
    },
  );
}
