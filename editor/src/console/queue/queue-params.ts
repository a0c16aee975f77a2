import { REQUEST_CLASSES, type RequestClass } from '@frontstage/engine';
import type { Params } from '../../app/route';
import type { TicketQuery } from '../../api/filters';

/** The queue a console opens with: open tickets, most urgent first. */
export const INITIAL_QUEUE: TicketQuery = { status: 'open', sort: 'urgency', limit: 100 };

const TEXT = ['team', 'state', 'assignee', 'escalatedTo', 'search', 'site'] as const;
const FLAGS = ['overdue', 'atRisk'] as const;

/**
 * The queue's filters an address holds (`/console?class=emergency&overdue=true`); a value the
 * filters cannot hold is left out, so an edited or stale link still opens a queue.
 * @example queueOfParams({ class: 'emergency' }) // { status: 'open', sort: 'urgency', limit: 100, class: 'emergency' }
 */
export function queueOfParams(params: Params = {}): TicketQuery {
  const query: TicketQuery = { ...INITIAL_QUEUE };
  if (params.status === 'closed') query.status = 'closed';
  if (params.sort === 'newest') query.sort = 'newest';
  if ((REQUEST_CLASSES as readonly string[]).includes(params.class ?? ''))
    query.class = params.class as RequestClass;
  for (const name of TEXT) if (params[name]) query[name] = params[name].slice(0, 200);
  for (const name of FLAGS)
    if (params[name] === 'true' || params[name] === 'false') query[name] = params[name] === 'true';
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
  return params;
}
