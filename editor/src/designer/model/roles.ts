import type { Blueprint } from '@frontstage/engine';

/** Id of the datalist the side panel offers in every role field. */
export const ROLES_LIST = 'blueprint-roles';

/**
 * Every role a blueprint names: declared roles, task owners, who may send a flow, and escalation
 * targets, sorted. Offered as suggestions, so a role is typed the same way everywhere.
 * @example rolesOf(sampleBlueprint()) // ['customer', 'dispatcher', 'engineer', …]
 */
export function rolesOf(blueprint: Blueprint): string[] {
  const named = [
    ...Object.keys(blueprint.roles ?? {}),
    ...blueprint.steps.flatMap((s) => [...(s.roles ?? []), s.timeStandard?.onBreach?.escalateTo]),
    ...blueprint.flows.flatMap((f) => f.roles ?? []),
  ];
  return [...new Set(named.filter((r): r is string => !!r))].sort();
}
