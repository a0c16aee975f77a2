import {
  maskPhone,
  type CustomerSegments,
  type EstateColumn,
  type EstateRow,
  type RowProblem,
} from '@frontstage/engine';
import type { BuildingRow, CustomerRow, CustomerUnitRow, UnitRow } from './estate.entities.js';

// What an estate import will write, worked out before anything is: the rows read from the file
// against what the site holds now. Pure, so the dry run and the import plan alike, and tested alone.

/** A stored customer as the import compares it. */
export type KnownCustomer = Omit<CustomerRow, 'createdAt' | 'updatedAt'>;

/** The site as the import finds it. */
export interface SiteState {
  siteId: string;
  /** Building id by name. */
  buildings: ReadonlyMap<string, string>;
  /** Units by code. */
  units: ReadonlyMap<string, Pick<UnitRow, 'id' | 'floorArea'>>;
  /** Customers by stored phone: those the file names and those who hold the site's units now. */
  customers: ReadonlyMap<string, KnownCustomer>;
  /** Holdings by `customerId|unitId|role`, current or ended. */
  holdings: ReadonlyMap<string, { id: string; until: string | null }>;
  /** The phones of who holds each unit now, by unit id (to read a masked phone back). */
  holders: ReadonlyMap<string, readonly string[]>;
}

export interface ImportPlan {
  buildings: BuildingRow[];
  units: UnitRow[];
  unitAreas: { id: string; floorArea: number }[];
  customers: CustomerRow[];
  customerUpdates: KnownCustomer[];
  holdings: CustomerUnitRow[];
  /** Ended holdings the file lists again: they start over at `since`. */
  reopened: { id: string; since: string | null }[];
  problems: RowProblem[];
}

export interface PlanInput {
  rows: readonly EstateRow[];
  state: SiteState;
  /** The heading a column has in the file, for naming it in a problem. */
  heading: (column: EstateColumn) => string;
  /** Whether the row's cell of a column has text (an empty one keeps what is stored). */
  given: (row: number, column: EstateColumn) => boolean;
  newId: () => string;
  now: string;
}

/**
 * Plans an import: buildings and units the site lacks are created, a unit's floor area updated
 * when the file gives another, customers matched by phone (a masked phone by the unit's holders
 * whose number masks the same) and created or updated, holdings created. Nothing is ended or
 * deleted: an import adds to the estate. Problems name the row and column.
 */
export function planImport({ rows, state, heading, given, newId, now }: PlanInput): ImportPlan {
  const plan: ImportPlan = {
    buildings: [],
    units: [],
    unitAreas: [],
    customers: [],
    customerUpdates: [],
    holdings: [],
    reopened: [],
    problems: [],
  };
  const buildings = new Map(state.buildings);
  const units = new Map<string, { id: string; floorArea: number | null; row: number }>();
  const customers = new Map<string, KnownCustomer>();
  const holdings = new Set<string>();
  const problem = (row: number, column: EstateColumn, reason: string) =>
    plan.problems.push({ row, column: heading(column), reason });

  for (const r of rows) {
    let buildingId = buildings.get(r.building);
    if (buildingId === undefined) {
      buildingId = newId();
      buildings.set(r.building, buildingId);
      plan.buildings.push({ id: buildingId, siteId: state.siteId, name: r.building });
    }
    let unit = units.get(r.code);
    if (unit === undefined) {
      const stored = state.units.get(r.code);
      unit = { id: stored?.id ?? newId(), floorArea: r.floorArea ?? stored?.floorArea ?? null, row: r.row };
      units.set(r.code, unit);
      if (!stored)
        plan.units.push({
          id: unit.id,
          siteId: state.siteId,
          buildingId,
          code: r.code,
          entrance: r.entrance,
          room: r.room,
          floorArea: r.floorArea,
        });
      else if (r.floorArea !== null && r.floorArea !== stored.floorArea)
        plan.unitAreas.push({ id: stored.id, floorArea: r.floorArea });
    } else if (r.floorArea !== null && r.floorArea !== unit.floorArea)
      problem(r.row, 'floorArea', `unit ${r.code} has ${unit.floorArea ?? 'no'} m² in row ${unit.row}`);
    if (!r.customer) continue;

    const c = r.customer;
    let phone = c.phone;
    if (c.phoneMasked) {
      const matches = (state.holders.get(unit.id) ?? []).filter((p) => maskPhone(p) === c.phone);
      const named = matches.filter((p) => state.customers.get(p)?.name === c.name);
      const found = named.length === 1 ? named : matches;
      if (found.length !== 1) {
        problem(
          r.row,
          'phone',
          found.length === 0
            ? `masked number ${c.phone} is no number of who holds ${r.code} now: give the whole number`
            : `masked number ${c.phone} fits more than one holder of ${r.code}: give the whole number`,
        );
        continue;
      }
      phone = found[0]!;
    }
    let customer = customers.get(phone);
    if (!customer) {
      const stored = state.customers.get(phone);
      const segments: CustomerSegments = stored && !given(r.row, 'segments') ? stored : c.segments;
      customer = {
        id: stored?.id ?? newId(),
        name: c.name,
        phone,
        importance: segments.importance,
        member: segments.member,
        kind: segments.kind,
      };
      customers.set(phone, customer);
      if (!stored) plan.customers.push({ ...customer, createdAt: now, updatedAt: now });
      else if (differs(stored, customer)) plan.customerUpdates.push(customer);
    }
    const key = `${customer.id}|${unit.id}|${c.role}`;
    if (holdings.has(key)) continue; // the same holding twice: a masked and a whole number of one person
    holdings.add(key);
    const held = state.holdings.get(key);
    if (held && held.until !== null) plan.reopened.push({ id: held.id, since: c.since });
    else if (!held)
      plan.holdings.push({
        id: newId(),
        customerId: customer.id,
        unitId: unit.id,
        siteId: state.siteId,
        role: c.role,
        since: c.since,
        until: null,
      });
  }
  return plan;
}

const differs = (a: KnownCustomer, b: KnownCustomer): boolean =>
  a.name !== b.name || a.importance !== b.importance || a.member !== b.member || a.kind !== b.kind;
