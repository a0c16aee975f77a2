import { parseUnitAddress, unitCode, normalizeWidth } from './address.js';
import { isMaskedPhone, maskPhone, normalizePhone } from './phone.js';
import type { CustomerRole, CustomerSegments } from '../contract/estate.js';

// The estate file a site office keeps in a spreadsheet: one row per unit and household (a unit with
// an owner and a tenant has two rows; a unit nobody lives in has one without a customer). Import
// and export read and write the same columns, in Chinese or English headings.

type Segments = CustomerSegments;

export interface EstateRowCustomer {
  name: string;
  /** The stored form (normalizePhone), or the masked text of an export read back. */
  phone: string;
  phoneMasked: boolean;
  role: CustomerRole;
  segments: Segments;
  /** Move-in date, YYYY-MM-DD. */
  since: string | null;
}

export interface EstateRow {
  /** The spreadsheet's row number (the heading is row 1). */
  row: number;
  building: string;
  entrance: string | null;
  room: string;
  code: string;
  floorArea: number | null;
  customer: EstateRowCustomer | null;
}

export interface RowProblem {
  row: number;
  column: string;
  reason: string;
}

export type EstateLanguage = 'zh-CN' | 'en';

export const ESTATE_COLUMNS = {
  building: { 'zh-CN': '楼栋', en: 'Building' },
  entrance: { 'zh-CN': '单元', en: 'Entrance' },
  room: { 'zh-CN': '房号', en: 'Room' },
  floorArea: { 'zh-CN': '建筑面积', en: 'Floor area' },
  name: { 'zh-CN': '客户姓名', en: 'Customer' },
  role: { 'zh-CN': '身份', en: 'Role' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  segments: { 'zh-CN': '客户类别', en: 'Segments' },
  since: { 'zh-CN': '入住日期', en: 'Since' },
} as const;
export type EstateColumn = keyof typeof ESTATE_COLUMNS;
const COLUMN_KEYS = Object.keys(ESTATE_COLUMNS) as EstateColumn[];

const ROLE_WORDS: Record<string, CustomerRole> = {
  业主: 'owner',
  owner: 'owner',
  租户: 'tenant',
  tenant: 'tenant',
  使用人: 'occupant',
  物业使用人: 'occupant',
  住户: 'occupant',
  occupant: 'occupant',
};
const ROLE_LABEL: Record<CustomerRole, Record<EstateLanguage, string>> = {
  owner: { 'zh-CN': '业主', en: 'owner' },
  tenant: { 'zh-CN': '租户', en: 'tenant' },
  occupant: { 'zh-CN': '使用人', en: 'occupant' },
};
const SEGMENT_WORDS: Record<string, Partial<Segments>> = {
  重要: { importance: 'important' },
  important: { importance: 'important' },
  普通: { importance: 'ordinary' },
  ordinary: { importance: 'ordinary' },
  会员: { member: true },
  member: { member: true },
  住宅: { kind: 'residential' },
  residential: { kind: 'residential' },
  商业: { kind: 'commercial' },
  commercial: { kind: 'commercial' },
  机构: { kind: 'institutional' },
  institutional: { kind: 'institutional' },
};
export const DEFAULT_SEGMENTS: Segments = { importance: 'ordinary', member: false, kind: 'residential' };

/**
 * Reads an estate table (the heading row first). All or nothing: every problem of every row is
 * listed, and `rows` is empty unless there are none. `today` (YYYY-MM-DD) bounds move-in dates.
 */
export function readEstateRows(
  table: readonly (readonly string[])[],
  today: string,
): { rows: EstateRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const [heading = [], ...body] = table;
  const at = columnsOf(heading, problems);
  if (problems.length > 0) return { rows: [], problems };
  const rows: EstateRow[] = [];
  const seen = new Map<string, number>();
  const names = new Map<string, { name: string; row: number }>();
  body.forEach((cells, index) => {
    const row = index + 2;
    // Each cell normalised once: the row's checks read most cells several times (100,000-row files).
    const values = new Map<EstateColumn, string>();
    const cell = (column: EstateColumn) => {
      let value = values.get(column);
      if (value === undefined) {
        value = at[column] === undefined ? '' : normalizeCell(cells[at[column]!]);
        values.set(column, value);
      }
      return value;
    };
    if (COLUMN_KEYS.every((column) => cell(column) === '')) return; // blank lines between blocks
    const problem = (column: EstateColumn, reason: string) =>
      problems.push({ row, column: heading[at[column] ?? 0] ?? ESTATE_COLUMNS[column].en, reason });
    const unit = readUnit(cell('building'), cell('entrance'), cell('room'));
    if (typeof unit === 'string') problem(unit === 'building' ? 'building' : 'room', unitReason(unit));
    const floorArea = readArea(cell('floorArea'));
    if (floorArea === undefined) problem('floorArea', 'not a positive number of square metres');
    const customer = readCustomer(cell, today, problem);
    if (typeof unit === 'string' || floorArea === undefined || customer === undefined) return;
    const code = unitCode(unit);
    const key = `${code}\u0000${customer?.phone ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problem(
        'room',
        customer
          ? `unit ${code} with this phone is also in row ${first}`
          : `duplicate unit ${code} (also row ${first})`,
      );
      return;
    }
    seen.set(key, row);
    if (customer && !customer.phoneMasked) {
      const named = names.get(customer.phone);
      if (named && named.name !== customer.name)
        problem('name', `phone ${maskPhone(customer.phone)} belongs to ${named.name} in row ${named.row}`);
      else if (!named) names.set(customer.phone, { name: customer.name, row });
    }
    rows.push({
      row,
      building: unit.building,
      entrance: unit.entrance ?? null,
      room: unit.room,
      code,
      floorArea,
      customer,
    });
  });
  return problems.length > 0 ? { rows: [], problems } : { rows, problems };
}

/** Writes rows under headings in `language`; phones masked unless `showPhones`. */
export function writeEstateRows(
  rows: readonly Omit<EstateRow, 'row'>[],
  language: EstateLanguage,
  showPhones: boolean,
): string[][] {
  const heading = COLUMN_KEYS.map((column) => ESTATE_COLUMNS[column][language]);
  return [
    heading,
    ...rows.map((r) => [
      r.building,
      r.entrance ?? '',
      r.room,
      r.floorArea === null ? '' : String(r.floorArea),
      r.customer?.name ?? '',
      r.customer ? ROLE_LABEL[r.customer.role][language] : '',
      r.customer ? (showPhones ? r.customer.phone : maskPhone(r.customer.phone)) : '',
      r.customer ? segmentText(r.customer.segments, language) : '',
      r.customer?.since ?? '',
    ]),
  ];
}

/** Segments as a cell says them: '重要;会员;住宅' or 'important;member;residential'. */
export function segmentText(segments: Segments, language: EstateLanguage): string {
  const word = (value: string) =>
    Object.entries(SEGMENT_WORDS).find(
      ([w, s]) => Object.values(s)[0] === value && isLanguage(w, language),
    )![0];
  const words = [word(segments.importance)];
  if (segments.member) words.push(language === 'zh-CN' ? '会员' : 'member');
  words.push(word(segments.kind));
  return words.join(';');
}

function isLanguage(word: string, language: EstateLanguage): boolean {
  return /^[a-z]+$/.test(word) === (language === 'en');
}

function columnsOf(
  heading: readonly string[],
  problems: RowProblem[],
): Partial<Record<EstateColumn, number>> {
  const at: Partial<Record<EstateColumn, number>> = {};
  heading.forEach((text, index) => {
    const name = normalizeCell(text).toLowerCase();
    const column = COLUMN_KEYS.find((c) =>
      Object.values(ESTATE_COLUMNS[c]).some((h) => h.toLowerCase() === name),
    );
    if (column === undefined) {
      if (name !== '') problems.push({ row: 1, column: text, reason: 'unknown column' });
    } else if (at[column] !== undefined)
      problems.push({ row: 1, column: text, reason: 'column given twice' });
    else at[column] = index;
  });
  for (const required of ['building', 'room'] as const)
    if (at[required] === undefined)
      problems.push({ row: 1, column: ESTATE_COLUMNS[required]['zh-CN'], reason: 'required column missing' });
  return at;
}

type UnitFault = 'building' | 'room' | 'address';
function readUnit(building: string, entrance: string, room: string) {
  if (building === '') return 'building' as UnitFault;
  if (room === '') return 'room' as UnitFault;
  const text = entrance === '' ? `${building}-${room}` : `${building}-${entrance}-${room}`;
  const parsed = parseUnitAddress(text.replace(/(号楼|栋|幢|座|单元|室)/g, ''));
  return parsed ?? ('address' as UnitFault);
}

function unitReason(fault: UnitFault): string {
  if (fault === 'building') return 'required';
  if (fault === 'room') return 'required';
  return 'not a unit address (building, entrance and room: letters and digits)';
}

function readArea(text: string): number | null | undefined {
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 && value < 100_000 ? value : undefined;
}

function readCustomer(
  cell: (column: EstateColumn) => string,
  today: string,
  problem: (column: EstateColumn, reason: string) => void,
): EstateRowCustomer | null | undefined {
  const name = cell('name');
  const phoneText = cell('phone');
  const others = (['role', 'segments', 'since'] as const).filter((c) => cell(c) !== '');
  if (name === '' && phoneText === '' && others.length === 0) return null;
  let ok = true;
  const fail = (column: EstateColumn, reason: string) => ((ok = false), problem(column, reason));
  if (name === '') fail('name', 'required when the row has a customer');
  else if (name.length > 60) fail('name', 'longer than 60 characters');
  const phoneMasked = isMaskedPhone(phoneText);
  const phone = phoneMasked ? phoneText : normalizePhone(phoneText);
  if (phoneText === '') fail('phone', 'required when the row has a customer');
  else if (phone === null) fail('phone', `not a phone number: ${phoneText}`);
  const role = ROLE_WORDS[cell('role').toLowerCase() || '业主'];
  if (role === undefined)
    fail('role', `not a customer role (业主/租户/使用人, owner/tenant/occupant): ${cell('role')}`);
  const segments = readSegments(cell('segments'));
  if (typeof segments === 'string') fail('segments', `unknown segment: ${segments}`);
  const since = cell('since') === '' ? null : readDate(cell('since'));
  if (since === undefined) fail('since', `not a date (YYYY-MM-DD): ${cell('since')}`);
  else if (since !== null && since > today) fail('since', `in the future: ${since}`);
  if (!ok) return undefined;
  return { name, phone: phone!, phoneMasked, role: role!, segments: segments as Segments, since: since! };
}

function readSegments(text: string): Segments | string {
  const segments = { ...DEFAULT_SEGMENTS };
  for (const word of text.split(/[;；,，、/\s]+/).filter(Boolean)) {
    const known = SEGMENT_WORDS[word.toLowerCase()];
    if (!known) return word;
    Object.assign(segments, known);
  }
  return segments;
}

function readDate(text: string): string | null | undefined {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!match) return undefined;
  const [, y = '', m = '', d = ''] = match;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

// Printable ASCII without spaces: what normalizeCell would return unchanged.
const PLAIN = /^[\x21-\x7e]*$/;

// Spreadsheets add full-width spaces, a BOM, stray whitespace; formulas are never read as formulas.
function normalizeCell(text: string | undefined): string {
  if (text === undefined || PLAIN.test(text)) return text ?? ''; // most cells: nothing to normalise
  return normalizeWidth((text ?? '').replace(/^\uFEFF/, '')).replace(/\s+/g, ' ');
}
