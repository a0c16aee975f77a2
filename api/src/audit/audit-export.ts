import type { AuditRow } from '../database/entities.js';

const COLUMNS: (keyof AuditRow)[] = [
  'seq',
  'at',
  'ticketId',
  'actorId',
  'actorRole',
  'command',
  'eventType',
  'outcome',
  'code',
  'fromState',
  'toState',
  'blueprintKey',
  'blueprintVersion',
  'data',
  'trace',
  'requestId',
  'prevHash',
  'hash',
];

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Audit entries as CSV with a header row; objects (data, trace) as JSON in their cell. */
export function toCsv(rows: AuditRow[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => field(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
