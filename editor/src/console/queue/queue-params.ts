import { REQUEST_CLASSES, type RequestClass } from '@frontstage/engine';
import type { Params } from '../../app/route';
import type { TicketQuery } from '../../api/filters';
import { dayPeriod } from '../../audit/audit-query';

/** The queue a console opens with: open tickets, most urgent first. */
export const INITIAL_QUEUE: TicketQuery = { status: 'open', sort: 'urgency', limit: 100 };

const TEXT = ['team', 'state', 'assignee', 'escalatedTo', 'q', 'room', 'phone', 'site'] as const;
const FLAGS = ['overdue', 'atRisk'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The local day (YYYY-MM-DD) an instant falls on. */
function dayOf(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The report days a queue holds, as the date inputs and the address show them: `from` the first
 * day, `to` the last one (the query's `to` is the instant after it).
 */
export function reportedDays(query: TicketQuery): { from: string; to: string } {
  return {
    from: query.from ? dayOf(query.from) : '',
    to: query.to ? dayOf(new Date(Date.parse(query.to) - 1).toISOString()) : '',
  };
}

/** A query reported within whole local days (either may be ''): from the first day's start to the last one's end. */
export function withReportedDays(query: TicketQuery, from: string, to: string): TicketQuery {
  const { from: _from, to: _to, ...rest } = query;
  return { ...rest, ...dayPeriod(DAY.test(from) ? from : '', DAY.test(to) ? to : '') };
}

/**
 * The queue's filters an address holds (`/console?class=emergency&q=漏水&from=2026-03-02`); a value
 * the filters cannot hold is left out, so an edited or stale link still opens a queue. An older
 * link's `search` is the words `q`.
 * @example queueOfParams({ class: 'emergency' }) // { status: 'open', sort: 'urgency', limit: 100, class: 'emergency' }
 */
export function queueOfParams(params: Params = {}): TicketQuery {
  let query: TicketQuery = { ...INITIAL_QUEUE };
  if (params.status === 'closed') query.status = 'closed';
  if (params.sort === 'newest') query.sort = 'newest';
  if ((REQUEST_CLASSES as readonly string[]).includes(params.class ?? ''))
    query.class = params.class as RequestClass;
  for (const name of TEXT) if (params[name]) query[name] = params[name].slice(0, 200);
  if (!query.q && params.search) query.q = params.search.slice(0, 200);
  for (const name of FLAGS)
    if (params[name] === 'true' || params[name] === 'false') query[name] = params[name] === 'true';
  if (params.from || params.to) query = withReportedDays(query, params.from ?? '', params.to ?? '');
  return query;
}

/** The address's params for a queue: only what differs from the initial queue. */
export function paramsOfQueue(query: TicketQuery): Params {
  const params: Params = {};
  if (query.status && query.status !== INITIAL_QUEUE.status) params.status = query.status;
  if (query.sort && query.sort !== INITIAL_QUEUE.sort) params.sort = query.sort;
  if (query.class) params.class = query.class;
  for (const name of TEXT) if (query[name]) params[name] = query[name];
  for (const name of FLAGS) if (query[name] !== undefined) params[name] = String(query[name]);
  const days = reportedDays(query);
  if (days.from) params.from = days.from;
  if (days.to) params.to = days.to;
  return params;
}
