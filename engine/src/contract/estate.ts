import { z } from 'zod';
import { Calendar } from '../calendar.js';
import { AreaKind } from '../estate/locations.js';

// The wire shapes of the estate: the company's sites (管理处/项目), their buildings, units and
// common areas, and the customers (客户档案) who live or work there.

/** A site's id: short, lower-case, stable (`cuihu`, `keyuan`); it names the site in URLs and tokens. */
export const SiteId = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{1,39}$/,
    'a site id is 2-40 lower-case letters, digits or dashes, starting with a letter',
  )
  .meta({ id: 'SiteId' });
export type SiteId = z.infer<typeof SiteId>;

/**
 * Which published blueprints and ruleset a site runs. `null` means the company default: every
 * published blueprint at its latest version, the active ruleset. A pinned `version` holds a site
 * on that version; `version: null` follows the latest.
 */
export const SiteAssignment = z
  .object({
    blueprints: z
      .array(z.object({ key: z.string().min(1), version: z.number().int().min(1).nullable() }))
      .nullable(),
    rulesetVersion: z.number().int().min(1).nullable(),
  })
  .meta({ id: 'SiteAssignment' });
export type SiteAssignment = z.infer<typeof SiteAssignment>;

export const Site = z
  .object({
    id: SiteId,
    name: z.string(),
    address: z.string().nullable(),
    /** The site's own working calendar; null: the company's. */
    calendar: Calendar.nullable(),
    assignment: SiteAssignment,
    units: z.number().int().nonnegative(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Site' });
export type Site = z.infer<typeof Site>;

export const Building = z
  .object({ id: z.uuid(), siteId: SiteId, name: z.string(), units: z.number().int().nonnegative() })
  .meta({ id: 'Building' });
export type Building = z.infer<typeof Building>;

/** A home or office: `code` is building-entrance-room (`3-2-1101`, `A-0301`). */
export const Unit = z
  .object({
    id: z.uuid(),
    siteId: SiteId,
    buildingId: z.uuid(),
    code: z.string(),
    building: z.string(),
    entrance: z.string().nullable(),
    room: z.string(),
    floorArea: z.number().nullable(),
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof Unit>;

export const UnitPage = z
  .object({ items: z.array(Unit), limit: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'UnitPage' });
export type UnitPage = z.infer<typeof UnitPage>;

/** A place of the site everyone shares: lobby, car park, gate, lift 3; its kind is the rules' `location`. */
export const CommonArea = z
  .object({ id: z.uuid(), siteId: SiteId, code: z.string(), name: z.string(), kind: AreaKind })
  .meta({ id: 'CommonArea' });
export type CommonArea = z.infer<typeof CommonArea>;

export const CustomerRole = z.enum(['owner', 'tenant', 'occupant']).meta({ id: 'CustomerRole' });
export type CustomerRole = z.infer<typeof CustomerRole>;

/** domain.md's segments: they matter for routing and tone (and callbacks: every member is called back). */
export const CustomerSegments = z
  .object({
    importance: z.enum(['important', 'ordinary']),
    member: z.boolean(),
    kind: z.enum(['residential', 'commercial', 'institutional']),
  })
  .meta({ id: 'CustomerSegments' });
export type CustomerSegments = z.infer<typeof CustomerSegments>;

/** A customer's tie to a unit: from move-in (`since`) to move-out (`until`, null while it lasts). */
export const Holding = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitCode: z.string(),
    siteId: SiteId,
    role: CustomerRole,
    since: z.iso.date().nullable(),
    until: z.iso.date().nullable(),
  })
  .meta({ id: 'Holding' });
export type Holding = z.infer<typeof Holding>;

/**
 * A customer record. `phone` is the full number only for those who call customers (supervisors
 * and the customer-service desk); everyone else reads it masked (`138****5678`), `phoneMasked` true.
 */
export const Customer = z
  .object({
    id: z.uuid(),
    name: z.string(),
    phone: z.string(),
    phoneMasked: z.boolean(),
    segments: CustomerSegments,
    holdings: z.array(Holding),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Customer' });
export type Customer = z.infer<typeof Customer>;

/** Who lives in a unit now (`GET /api/sites/:site/units/:id`). */
export const Occupant = z
  .object({ customer: Customer, role: CustomerRole, since: z.iso.date().nullable() })
  .meta({ id: 'Occupant' });
export type Occupant = z.infer<typeof Occupant>;

export const UnitDetail = Unit.extend({ occupants: z.array(Occupant) }).meta({ id: 'UnitDetail' });
export type UnitDetail = z.infer<typeof UnitDetail>;

/** One answer of the intake search box: a unit (with who lives there), a common area, or a customer. */
export const LocationHit = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('unit'), unit: Unit, occupants: z.array(Occupant) }),
    z.object({ kind: z.literal('area'), area: CommonArea }),
    z.object({ kind: z.literal('customer'), customer: Customer }),
  ])
  .meta({ id: 'LocationHit' });
export type LocationHit = z.infer<typeof LocationHit>;

export const LocationHits = z.object({ items: z.array(LocationHit) }).meta({ id: 'LocationHits' });
export type LocationHits = z.infer<typeof LocationHits>;

/** A bad row of an estate file: the spreadsheet's row number (heading = 1), its column heading, why. */
export const ImportProblem = z
  .object({ row: z.number().int().min(1), column: z.string(), reason: z.string() })
  .meta({ id: 'ImportProblem' });
export type ImportProblem = z.infer<typeof ImportProblem>;

/**
 * What an estate import did (or, on a dry run, would do). Nothing is written unless `problems`
 * is empty and it was not a dry run.
 */
export const ImportReport = z
  .object({
    dryRun: z.boolean(),
    imported: z.boolean(),
    rows: z.number().int().nonnegative(),
    buildings: z.object({ created: z.number().int() }),
    units: z.object({ created: z.number().int(), updated: z.number().int() }),
    customers: z.object({ created: z.number().int(), updated: z.number().int() }),
    holdings: z.object({ created: z.number().int() }),
    problems: z.array(ImportProblem),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;
