import {
  allowedEvents,
  CUSTOMER_ROLE,
  type CallerEvent,
  type CompiledBlueprint,
  type Ticket,
} from '@frontstage/engine';

/**
 * Residents do not log in to the service centre's console: when a customer confirms a repair or
 * consents to a quote, they tell the service centre (the single window, 惟一窗口), whose staff record it
 * on their behalf. These job roles may send events of customer-row steps, as the customer.
 */
export const CUSTOMER_PROXIES: ReadonlySet<string> = new Set(['frontdesk', 'dispatcher', 'supervisor']);

/** The events the ticket accepts now, `mine` for the caller's own role or as the customer's proxy. */
export function callerEvents(compiled: CompiledBlueprint, ticket: Ticket, jobRole: string): CallerEvent[] {
  const events = allowedEvents(compiled, ticket, jobRole);
  if (!CUSTOMER_PROXIES.has(jobRole)) return events;
  return events.map((e) =>
    !e.mine && e.roles.includes(CUSTOMER_ROLE) ? { ...e, mine: true, onBehalfOf: CUSTOMER_ROLE } : e,
  );
}

/** The role the engine checks for this caller and event: the customer's, when they record it for them. */
export function actingRole(
  compiled: CompiledBlueprint,
  ticket: Ticket,
  jobRole: string,
  eventType: string,
): string {
  const event = callerEvents(compiled, ticket, jobRole).find((e) => e.type === eventType);
  return event?.onBehalfOf ?? jobRole;
}
