import type { ComplaintMatch, DerivedFact } from './contract/derived.js';
import { normalizeWidth, parseUnitAddress, unitCode } from './estate/address.js';
import { HOME_LOCATION } from './estate/locations.js';
import { normalizePhone } from './estate/phone.js';
import type { JsonValue } from './schema/primitives.js';

// Facts intake need not ask for: where the request is says whether it is inside a home, and the
// ticket history says how often this customer or unit complained lately. Pure: the API queries
// the history, this decides what it means.

/**
 * How far back "recent complaints" (近期投诉) look: 90 days, a quarter, the period of the quality
 * department's complaint analysis (domain.md: periodic statistics to the quality department).
 */
export const RECENT_COMPLAINT_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Where the new request is, as the estate resolved it. */
export type DerivePlace =
  | { kind: 'unit'; unitId: string; code: string }
  | { kind: 'area'; areaId: string; code: string; areaKind: string }
  | null;

/** What the count reads of an earlier complaint ticket of the same site. */
export interface ComplaintRecord {
  id: string;
  createdAt: string;
  customerId: string | null;
  unitId: string | null;
  areaId: string | null;
  /** The ticket's `facts.phone` and `facts.unit` as intake typed them (for tickets without estate links). */
  phone: string | null;
  room: string | null;
}

export interface DeriveInput {
  /** The moment of intake. */
  now: string;
  place: DerivePlace;
  customerId: string | null;
  /** The facts the request carries (given values win over derived ones, see applyDerived). */
  facts: Readonly<Record<string, JsonValue>>;
  /** Complaint tickets of the site created before `now` (more are harmless: the window is applied here). */
  complaints: readonly ComplaintRecord[];
  windowDays?: number;
}

/** The form a typed room takes for comparing: the unit code when it reads as an address, else the squeezed text. */
export function roomKey(text: string | null | undefined): string | null {
  if (!text) return null;
  const address = parseUnitAddress(text);
  if (address) return unitCode(address);
  const plain = normalizeWidth(text).replace(/\s+/g, '').toUpperCase();
  return plain === '' ? null : plain;
}

const phoneKey = (text: unknown): string | null =>
  typeof text === 'string' ? (normalizePhone(text) ?? (text.replace(/\D/g, '') || null)) : null;

/**
 * Why an earlier complaint counts for the new request, or an empty list when it does not: the
 * same customer record, the same unit or common area, or (for reports without estate links) the
 * same phone number and the same room text.
 */
export function complaintMatches(
  input: Pick<DeriveInput, 'place' | 'customerId' | 'facts'>,
  earlier: ComplaintRecord,
): ComplaintMatch[] {
  const matches: ComplaintMatch[] = [];
  const { place } = input;
  if (input.customerId !== null && earlier.customerId === input.customerId) matches.push('customer');
  if (place?.kind === 'unit' && earlier.unitId === place.unitId) matches.push('unit');
  if (place?.kind === 'area' && earlier.areaId === place.areaId) matches.push('area');
  const phone = phoneKey(input.facts.phone);
  const room = roomKey(place?.kind === 'unit' ? place.code : (input.facts.unit as string | undefined));
  if (phone !== null && room !== null && phone === phoneKey(earlier.phone) && room === roomKey(earlier.room))
    matches.push('phone_room');
  return matches;
}

/**
 * The facts intake derives, each with what the request said itself and where the derived value
 * came from: `inHome` and `location` from the picked unit (a room number: inside a home; a room
 * number in `facts.unit` when nothing is picked) or common area (its kind), `previousComplaints` from the complaint tickets of the last RECENT_COMPLAINT_DAYS.
 * @example deriveFacts({ now, place: { kind: 'unit', unitId, code: '3-2-1101' }, customerId: null, facts: {}, complaints: [] })
 * // [{ name: 'previousComplaints', value: 0, … }, { name: 'inHome', value: true, … }, { name: 'location', value: 'home', … }]
 */
export function deriveFacts(input: DeriveInput): DerivedFact[] {
  const windowDays = input.windowDays ?? RECENT_COMPLAINT_DAYS;
  const at = Date.parse(input.now);
  const since = at - windowDays * DAY_MS;
  const counted = input.complaints
    .filter((c) => {
      const t = Date.parse(c.createdAt);
      return t >= since && t <= at;
    })
    .map((c) => ({ c, by: complaintMatches(input, c) }))
    .filter((m) => m.by.length > 0)
    .sort((x, y) => x.c.createdAt.localeCompare(y.c.createdAt) || x.c.id.localeCompare(y.c.id));
  const matchedBy = [...new Set(counted.flatMap((m) => m.by))];
  const given = input.facts.previousComplaints;
  const givenCount = typeof given === 'number' && Number.isFinite(given) ? given : null;
  const derived: DerivedFact[] = [
    {
      name: 'previousComplaints',
      // The desk may add complaints the system never saw (a letter), never forget ones it holds.
      value: Math.max(counted.length, Math.max(0, Math.floor(givenCount ?? 0))),
      given: givenCount,
      derived: counted.length,
      windowDays,
      ticketIds: counted.map((m) => m.c.id),
      matchedBy,
    },
  ];
  // No place picked, but a room number said (an API client's `facts.unit`): that is a home too.
  const said = typeof input.facts.unit === 'string' ? parseUnitAddress(input.facts.unit) : null;
  const place: DerivePlace =
    input.place ?? (said ? { kind: 'unit', unitId: '', code: unitCode(said) } : null);
  if (place) {
    const from = { kind: place.kind, code: place.code };
    const inHome = place.kind === 'unit';
    const givenHome = typeof input.facts.inHome === 'boolean' ? input.facts.inHome : null;
    derived.push({ name: 'inHome', value: givenHome ?? inHome, given: givenHome, derived: inHome, from });
    const location = place.kind === 'unit' ? HOME_LOCATION : place.areaKind;
    const givenLocation = typeof input.facts.location === 'string' ? input.facts.location : null;
    derived.push({
      name: 'location',
      value: givenLocation ?? location,
      given: givenLocation,
      derived: location,
      from,
    });
  }
  return derived;
}

/**
 * The facts the rules read: the request's own, with every derived fact's value in place (a count
 * of no complaints is left out when the request did not give one).
 * @example applyDerived({ type: 'complaint' }, deriveFacts(input)) // { type: 'complaint', previousComplaints: 2, … }
 */
export function applyDerived(
  facts: Readonly<Record<string, JsonValue>>,
  derived: readonly DerivedFact[],
): Record<string, JsonValue> {
  const next: Record<string, JsonValue> = { ...facts };
  for (const d of derived) {
    // No complaint on record and none said: the fact stays unsaid rather than a 0 nobody gave.
    if (d.name === 'previousComplaints' && d.value === 0 && d.given === null) continue;
    next[d.name] = d.value;
  }
  return next;
}

/**
 * The request the ruleset is asked about to learn which blueprint complaints run on: a complaint
 * ticket is one on the blueprint the site's ruleset chooses for a request of type `complaint`, so
 * a company that renames or replaces its complaint blueprint needs no code change.
 */
export const COMPLAINT_REQUEST: Readonly<Record<string, JsonValue>> = { type: 'complaint' };

/** Where the window of recent complaints starts for a request taken in at `now`. */
export function complaintWindowStart(now: string, windowDays = RECENT_COMPLAINT_DAYS): string {
  return new Date(Date.parse(now) - windowDays * DAY_MS).toISOString();
}
