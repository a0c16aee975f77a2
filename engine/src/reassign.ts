import { reject, Ticket, type StepResult } from './ticket.js';
import { safeParse } from './safe-parse.js';

const TEAM = /^[a-z][a-z0-9_-]{0,63}$/;

/**
 * Moves an open ticket to another team: the customer-service supervisor's authority to dispatch
 * work to any department (domain.md). The step, its clocks and the path stay as they are; only
 * who is on it changes, so the effect is a new `assign` of the current step to that team.
 * @example reassign(ticket, 'security', { id: 'li', role: 'supervisor' }, now).ok && result.ticket.team === 'security'
 */
export function reassign(ticket: unknown, team: unknown, now: unknown): StepResult {
  const parsed = safeParse(Ticket, ticket);
  if (!parsed.success)
    return reject('invalid_input', '工单无效', 'The ticket is not valid', { field: 'ticket' });
  if (typeof team !== 'string' || !TEAM.test(team))
    return reject('invalid_input', '班组名称无效', 'The team must be an identifier like "security"', {
      field: 'team',
    });
  if (typeof now !== 'string' || Number.isNaN(Date.parse(now)))
    return reject('invalid_input', '时间无效', 'now must be an ISO-8601 instant', { field: 'now' });
  const before = parsed.data;
  if (before.status === 'closed') return reject('ticket_closed', '工单已关闭', 'The ticket is closed');
  const assignment = before.assignment ? { ...before.assignment, team } : null;
  const after: Ticket = { ...before, team, assignment, updatedAt: now };
  const effects = assignment
    ? [{ kind: 'assign' as const, stepId: assignment.stepId, roles: assignment.roles, team }]
    : [];
  return { ok: true, ticket: after, effects, flows: [] };
}
