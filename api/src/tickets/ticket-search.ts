import {
  normalizeWidth,
  parseAddressQuery,
  parseUnitAddress,
  unitCode,
  type SiteScope,
} from '@frontstage/engine';
import type { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error.js';
import { phonePattern, phoneQuery } from '../estate/phone-query.js';
import { wordMatches, type WordMatch } from './search-text.js';

// Finding a ticket by what a caller knows: words of the description, the room or place, their
// phone, the day they reported it. The console queue and the audit search read the same query
// parameters into the same conditions on the tickets table.

/** The search parameters as the endpoints take them (validated for shape by their zod schemas). */
export interface TicketSearchQuery {
  q?: string;
  room?: string;
  phone?: string;
  /** Reported at or after this instant. */
  from?: string;
  /** Reported before this instant. */
  to?: string;
}

/** A query-builder condition with its named parameters. */
export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

/** Which SQL the search speaks. */
export const dialectOf = (source: DataSource): 'sqlite' | 'postgres' =>
  source.options.type === 'postgres' ? 'postgres' : 'sqlite';

/** LIKE's wildcards (and its escape) in a text matched literally. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The conditions on the tickets table `t` (alias) that a search makes; refuses, naming the field,
 * a phone the caller may not search by and a date range that ends before it starts. The words are
 * looked up in the index rows of the caller's `sites` only (the site scope inside the index query).
 * `showsPhones`: whether the caller reads phones whole (see callsCustomers).
 * @example searchConditions({ q: '漏水', room: '3栋2单元1101' }, 't', false, 'sqlite', ['north'])
 */
export function searchConditions(
  query: TicketSearchQuery,
  t: string,
  showsPhones: boolean,
  dialect: 'sqlite' | 'postgres',
  sites: SiteScope = '*',
): Condition[] {
  const conditions: Condition[] = [];
  const words = queryWords(query);
  if (words) {
    const rows = indexRows(words, dialect, [siteCondition(sites)]);
    conditions.push({
      sql: `${t}.id IN (SELECT s.ticket_id FROM ${rows.from} WHERE ${rows.where})`,
      params: rows.params,
    });
  }
  if (query.room !== undefined) conditions.push(roomCondition(query.room, t));
  if (query.phone !== undefined) {
    const phone = phoneQuery(query.phone, showsPhones, 4);
    if (!phone)
      throw invalid(
        'phone',
        showsPhones
          ? 'give at least four digits of the phone number'
          : 'give the last four digits or the whole phone number',
      );
    const { op, value } = phonePattern(phone);
    conditions.push({
      sql: `${t}.customer_id IN (SELECT sc.id FROM customers sc WHERE sc.phone ${op} :searchPhone)`,
      params: { searchPhone: value },
    });
  }
  conditions.push(...rangeConditions(query, `${t}.created_at`));
  return conditions;
}

/**
 * The index rows (alias `s`: ticket_id, site_id, created_at) a search by words finds among the
 * tickets of `sites` (and of `site`, a listing filter), in its report time range: what a search
 * that asks nothing else of its tickets pages and counts from (ticket-search-page.ts). Refuses
 * what searchConditions refuses.
 */
export function indexedSearch(
  query: Required<Pick<TicketSearchQuery, 'q'>> & Pick<TicketSearchQuery, 'from' | 'to'>,
  dialect: 'sqlite' | 'postgres',
  sites: SiteScope,
  site?: string,
): { from: string; where: string; params: Record<string, unknown> } {
  const words = queryWords(query)!;
  const range = rangeConditions(query, 's.created_at');
  if (site !== undefined) range.push({ sql: 's.site_id = :searchSite', params: { searchSite: site } });
  return indexRows(words, dialect, [siteCondition(sites), ...range]);
}

/** A query's words, or undefined when it has none; refuses a q of wildcards only. */
function queryWords(query: TicketSearchQuery): WordMatch[] | undefined {
  if (query.q === undefined) return undefined;
  const words = wordMatches(query.q);
  if (words.length === 0) throw invalid('q', 'give a word to search for');
  return words;
}

/** The report time range on `column`, from included and to excluded; refuses one that ends before it starts. */
function rangeConditions(query: TicketSearchQuery, column: string): Condition[] {
  const from = query.from === undefined ? undefined : new Date(query.from).toISOString();
  const to = query.to === undefined ? undefined : new Date(query.to).toISOString();
  if (from !== undefined && to !== undefined && to <= from)
    throw invalid('to', `the range ends (${query.to}) before it starts (${query.from})`);
  const conditions: Condition[] = [];
  if (from !== undefined) conditions.push({ sql: `${column} >= :searchFrom`, params: { searchFrom: from } });
  if (to !== undefined) conditions.push({ sql: `${column} < :searchTo`, params: { searchTo: to } });
  return conditions;
}

/** The index rows of the caller's sites: every row for company-level callers, none for a caller of no site. */
function siteCondition(sites: SiteScope): Condition {
  if (sites === '*') return { sql: '1 = 1', params: {} };
  if (sites.length === 0) return { sql: '1 = 0', params: {} };
  return { sql: 's.site_id IN (:...searchSites)', params: { searchSites: [...sites] } };
}

/** The index rows `s` that hold every word, and meet `more` (conditions on s). */
function indexRows(
  words: readonly WordMatch[],
  dialect: 'sqlite' | 'postgres',
  more: readonly Condition[],
): { from: string; where: string; params: Record<string, unknown> } {
  const found = dialect === 'sqlite' ? ftsCondition(words) : trigramCondition(words);
  const all = [found, ...more];
  return {
    from: dialect === 'sqlite' ? 'ticket_search_rows s' : 'ticket_search s',
    where: all.map((c) => c.sql).join(' AND '),
    params: Object.assign({}, ...all.map((c) => c.params)) as Record<string, unknown>,
  };
}

/**
 * SQLite: one FTS5 MATCH for every word, each a phrase of trigrams in its column (a phrase of
 * trigrams at consecutive places is the word itself), answered from the index alone; its rowids
 * are those of ticket_search_rows.
 */
function ftsCondition(words: readonly WordMatch[]): Condition {
  const phrase = (w: WordMatch) => `${w.column} : "${w.text.replace(/"/g, '""')}"`;
  return {
    sql: 's.id IN (SELECT rowid FROM ticket_search WHERE ticket_search MATCH :searchMatch)',
    params: { searchMatch: words.map(phrase).join(' AND ') },
  };
}

/** PostgreSQL: every word a LIKE that pg_trgm's GIN indexes answer (and the rows then check). */
function trigramCondition(words: readonly WordMatch[]): Condition {
  const params: Record<string, string> = {};
  const where = words.map((w, i) => {
    params[`searchWord${i}`] = w.pattern;
    return `s.${w.column} LIKE :searchWord${i}`;
  });
  return { sql: where.join(' AND '), params };
}

/**
 * A room as typed: an address ('3栋2单元1101', '3-2-1101', 'A座1203', or its start '3-2-') finds
 * the units whose code starts so; other text finds a unit by its whole code or its room number
 * ('1101' in every building) and common areas by name or code ('电梯', 'GATE').
 */
function roomCondition(room: string, t: string): Condition {
  // A whole address in any written form names one unit; what is still being typed, the units it starts.
  const whole = parseUnitAddress(room);
  if (whole)
    return {
      sql: `${t}.unit_id IN (SELECT su.id FROM units su WHERE su.code = :searchRoom)`,
      params: { searchRoom: unitCode(whole) },
    };
  const parsed = parseAddressQuery(room);
  if (parsed.kind === 'unit')
    return {
      sql: `${t}.unit_id IN (SELECT su.id FROM units su WHERE su.code LIKE :searchRoom ESCAPE '\\')`,
      params: { searchRoom: `${escapeLike(parsed.codePrefix)}%` },
    };
  const text = normalizeWidth(parsed.text);
  if (text === '') throw invalid('room', 'give a room, an address or a place');
  return {
    sql: `(${t}.unit_id IN (SELECT su.id FROM units su WHERE su.code = :searchCode OR su.room = :searchCode)
      OR ${t}.area_id IN (SELECT sa.id FROM common_areas sa WHERE sa.name LIKE :searchPlace ESCAPE '\\' OR UPPER(sa.code) = :searchCode))`,
    params: { searchCode: text.toUpperCase(), searchPlace: `%${escapeLike(text)}%` },
  };
}

function invalid(field: string, message: string): ApiError {
  return new ApiError('validation_failed', `query.${field}: ${message}`, { field: `query.${field}` });
}
