import type { AuditEntry, Blueprint, Lane } from '@frontstage/engine';

/** The rows above the line of visibility: what happens there, the customer sees. */
export const CUSTOMER_LANES: readonly Lane[] = ['customer', 'frontstage'];

/**
 * The entries the customer could have seen: accepted commands that left or reached a step in the
 * customer or front-stage lane of the ticket's pinned blueprint version. Refused commands changed
 * nothing the customer met, and comments are staff notes, so neither is shown.
 * @example customerVisible(history, pinned.blueprint).map((e) => e.eventType) // ['INTAKE', 'RECORDED', …]
 */
export function customerVisible(
  entries: readonly AuditEntry[],
  blueprint: Pick<Blueprint, 'steps'>,
): AuditEntry[] {
  const lanes = new Map(blueprint.steps.map((s) => [s.id, s.lane]));
  const seen = (stepId: string | null) => {
    const lane = stepId ? lanes.get(stepId) : undefined;
    return lane !== undefined && CUSTOMER_LANES.includes(lane);
  };
  return entries.filter(
    (e) =>
      e.outcome === 'accepted' && e.command !== 'ticket.comment' && (seen(e.fromState) || seen(e.toState)),
  );
}
