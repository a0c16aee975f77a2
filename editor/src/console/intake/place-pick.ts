import type { Customer, CustomerSegments, LocationHit, Occupant } from '@frontstage/engine';

// What the intake search box's answers do to the form: a unit brings who lives there (the owner
// proposed as the caller), an area is a place without a household, a customer brings their home.

/** The place a request is about, as picked from the search box. */
export type PickedPlace =
  | { kind: 'unit'; unitId: string; code: string }
  | { kind: 'area'; areaId: string; code: string; name: string; areaKind: string };

/** The part of the intake form a pick decides. */
export interface PlacePick {
  place: PickedPlace | null;
  /** The caller; null for an anonymous report. */
  customer: Customer | null;
  /** Who lives in the picked unit: the desk can switch the caller to any of them. */
  occupants: Occupant[];
}

export const NO_PICK: PlacePick = { place: null, customer: null, occupants: [] };

/** A stable key for a hit, for lists and the active option of the search box. */
export function hitKey(hit: LocationHit): string {
  if (hit.kind === 'unit') return `unit:${hit.unit.id}`;
  if (hit.kind === 'area') return `area:${hit.area.id}`;
  return `customer:${hit.customer.id}`;
}

/**
 * The occupant to propose as the caller of a unit: the owner, else whoever lives there first in
 * the list; null for an empty unit.
 * @example proposedOccupant([tenant, owner]) // owner
 */
export function proposedOccupant(occupants: readonly Occupant[]): Occupant | null {
  return occupants.find((o) => o.role === 'owner') ?? occupants[0] ?? null;
}

/**
 * The form after picking `hit` at `site`: a unit replaces the place and proposes its owner as the
 * caller; an area replaces the place and keeps the caller; a customer becomes the caller and, when
 * no place is picked yet, brings the one unit they hold at this site.
 * @example pickHit({ kind: 'unit', unit, occupants: [owner] }, NO_PICK, 'cuihu').customer // owner.customer
 */
export function pickHit(hit: LocationHit, current: PlacePick, site: string): PlacePick {
  if (hit.kind === 'unit') {
    return {
      place: { kind: 'unit', unitId: hit.unit.id, code: hit.unit.code },
      customer: proposedOccupant(hit.occupants)?.customer ?? null,
      occupants: hit.occupants,
    };
  }
  if (hit.kind === 'area') {
    const { id, code, name, kind } = hit.area;
    return {
      place: { kind: 'area', areaId: id, code, name, areaKind: kind },
      customer: current.customer,
      occupants: [],
    };
  }
  if (current.place) return { ...current, customer: hit.customer };
  const homes = hit.customer.holdings.filter((h) => h.siteId === site && h.until === null);
  const home = homes.length === 1 ? homes[0]! : null;
  return {
    place: home ? { kind: 'unit', unitId: home.unitId, code: home.unitCode } : null,
    customer: hit.customer,
    occupants: [],
  };
}

/**
 * The one customer segment the ruleset's `customerSegment` fact reads, from a record's segments:
 * what changes routing first (important, member), then the kind of customer.
 * @example segmentFact({ importance: 'ordinary', member: true, kind: 'residential' }) // 'member'
 */
export function segmentFact(segments: CustomerSegments): string {
  if (segments.importance === 'important') return 'important';
  if (segments.member) return 'member';
  if (segments.kind !== 'residential') return segments.kind;
  return 'ordinary';
}
