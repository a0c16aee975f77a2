// Unit addresses as people say and type them: '3栋2单元1101', '3号楼2单元1101室', '3-2-1101',
// 'A座1203', 'B-12-03'… all name one unit code, which is how the estate stores a unit: its building,
// its entrance (单元) when the building has more than one, and its room, joined by '-'.

/** A unit's place in its site. `entrance` is absent for buildings with a single entrance (offices, villas). */
export interface UnitAddress {
  building: string;
  entrance?: string;
  room: string;
}

/** What a search box holds: the start of a unit code, or free text (a name, a phone, an area). */
export type AddressQuery = { kind: 'unit'; codePrefix: string } | { kind: 'text'; text: string };

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D—–_/\\·.。、，,\s]+/g;

/**
 * Full-width digits, letters and punctuation (what a Chinese input method types) as ASCII, and the
 * ideographic space as a space, trimmed.
 */
export function normalizeWidth(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();
}

// A building: digits or letters, named by 栋/幢/座/号楼/楼/#; an entrance by 单元; a room by 室/号/房.
const BUILDING = String.raw`([0-9A-Z]{1,4})\s*(?:号楼|栋|幢|座|楼|#)`;
const ENTRANCE = String.raw`([0-9A-Z]{1,3})\s*单元`;
const ROOM = String.raw`([0-9A-Z]{1,6})\s*(?:室|号|房)?`;
const SPOKEN = new RegExp(`^${BUILDING}\\s*(?:${ENTRANCE})?\\s*-?\\s*${ROOM}$`);
const CODED = /^([0-9A-Z]{1,4})-(?:([0-9A-Z]{1,3})-)?([0-9A-Z]{1,6})$/;

/** The unit an address names, or null when it is not a unit address. */
export function parseUnitAddress(text: string): UnitAddress | null {
  const plain = normalizeWidth(text).toUpperCase();
  const spoken = SPOKEN.exec(plain);
  const match = spoken ?? CODED.exec(plain.replace(DASHES, '-'));
  // A room has a number: 'DROP TABLE' is two words, not building DROP room TABLE.
  const [, building = '', entrance, room = ''] = match ?? [];
  if (!match || !/\d/.test(room)) return null;
  return entrance
    ? { building: trimZeros(building), entrance: trimZeros(entrance), room }
    : { building: trimZeros(building), room };
}

/** The stored code of a unit: `3-2-1101`, or `A-1203` without an entrance. */
export function unitCode(address: UnitAddress): string {
  const parts = [address.building, address.entrance, address.room].filter((p): p is string => !!p);
  return parts.map((p) => normalizeWidth(p).toUpperCase()).join('-');
}

// Typing in progress: '3栋', '3栋2单元', '3-2-11', '3栋2单元11'.
const PARTIAL_SPOKEN = new RegExp(`^${BUILDING}\\s*(?:${ENTRANCE})?\\s*([0-9A-Z]{0,6})$`);
// The second part is an entrance or, in buildings without one, the room ('A-0301'). A building
// being typed has at most two digits: '138 0000' is the start of a phone number, not building 138.
const PARTIAL_CODED = /^([A-Z]{1,2}\d{0,2}|\d{1,2}[A-Z]?)(-(?:[0-9A-Z]{1,6}(-[0-9A-Z]{0,6})?)?)?$/;

/**
 * Reads a search box: the start of a unit code when the text looks like an address being typed
 * (so '3-2-11' finds 3-2-1101 and 3-2-1102), otherwise the text itself for a name or phone search.
 * Digits alone stay text: '1101' may be a room, a phone or part of a name, and the text search covers them.
 */
export function parseAddressQuery(text: string): AddressQuery {
  const plain = normalizeWidth(text).toUpperCase();
  if (plain === '') return { kind: 'text', text: '' };
  const spoken = PARTIAL_SPOKEN.exec(plain);
  if (spoken) {
    const [, building = '', entrance, room] = spoken;
    const prefix = entrance ? `${trimZeros(building)}-${trimZeros(entrance)}` : trimZeros(building);
    return { kind: 'unit', codePrefix: room ? `${prefix}-${room}` : `${prefix}-` };
  }
  const coded = plain.replace(DASHES, '-');
  if (coded.includes('-') && PARTIAL_CODED.test(coded)) {
    const [building = '', entrance, ...room] = coded.split('-');
    const parts =
      entrance === undefined ? [building] : [building, room.length > 0 ? trimZeros(entrance) : entrance];
    return {
      kind: 'unit',
      codePrefix: [...parts.map((p, i) => (i === 0 ? trimZeros(p) : p)), ...room].join('-'),
    };
  }
  return { kind: 'text', text: normalizeWidth(text) };
}

// '03' and '3' name the same building; a room keeps its zeros ('0301' is a room on floor 3).
function trimZeros(part: string): string {
  return /^0+\d/.test(part) ? part.replace(/^0+/, '') : part;
}
