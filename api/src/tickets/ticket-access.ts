import type { CurrentUserData } from '../common/roles.decorator.js';
import { RESIDENT_ROLE } from '@frontstage/engine';
import { inScope } from '../estate/site-scope.js';

/** The parts of a ticket that decide who may see it. */
export interface Visible {
  /** The ticket's site: outside the caller's sites nothing else matters. */
  siteId: string;
  team: string | null;
  assignedRoles: string;
  createdBy?: string;
  /** For residents: a ticket is theirs by its id (a tracking link) or its customer (a signed-in resident). */
  id?: string;
  customerId?: string | null;
}

/**
 * The customer-service centre is the single window (惟一窗口): it receives, dispatches, tracks and
 * closes every request, so its staff see every ticket, whichever team is working it.
 */
export const SERVICE_CENTRE_TEAM = 'customer_service';

/**
 * Only tickets of the caller's sites (company-level users: every site). Within them:
 * staff see their team's tickets, tickets waiting for their job role and tickets they opened; the
 * service centre sees all; designers see none;
 * supervisors, auditors and admins see all.
 * @example canSee({ role: 'staff', jobRole: 'engineer', team: 'engineering', sites: ['cuihu'], ... }, { siteId: 'cuihu', team: 'cleaning', assignedRoles: ',engineer,' }) === true
 */
export function canSee(user: CurrentUserData, ticket: Visible): boolean {
  if (user.role === RESIDENT_ROLE) return isResidents(user, ticket);
  if (user.role === 'designer' || !inScope(user, ticket.siteId)) return false;
  if (user.role !== 'staff') return true;
  if (user.team === SERVICE_CENTRE_TEAM || ticket.createdBy === user.username) return true;
  return (
    (user.team !== undefined && ticket.team === user.team) ||
    ticket.assignedRoles.includes(`,${user.jobRole},`)
  );
}

/** A resident sees their own tickets only, whatever site they are at; a tracking link its one ticket. */
export function isResidents(user: CurrentUserData, ticket: Visible): boolean {
  const r = user.resident;
  if (!r) return false;
  if (r.ticketId) return ticket.id === r.ticketId;
  return r.customerId !== null && ticket.customerId === r.customerId;
}

/** `,a,b,` so that a LIKE '%,a,%' filter matches whole role names only. */
export function delimitRoles(roles: string[]): string {
  return roles.length === 0 ? ',' : `,${roles.join(',')},`;
}
