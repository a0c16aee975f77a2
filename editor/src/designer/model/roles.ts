import { CUSTOMER_ROLE, SYSTEM_ROLE, type Blueprint, type HeldRole, type Text } from '@frontstage/engine';

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

/** A role the picker offers: its display name when the blueprint declares one, and who holds it. */
export interface RoleChoice {
  role: string;
  label?: Text;
  /** How many accounts hold it; 0 when nobody does; absent when unknown (offline) or not an account's (customer, system). */
  users?: number;
}

/**
 * The roles a step or flow may be given: those the blueprint names and those the accounts hold
 * (`held`, null when unknown), once each, sorted, each with its name and how many hold it.
 * @example roleChoices(bp, [{ role: 'plumber', users: 2 }]).find((c) => c.role === 'plumber') // { role: 'plumber', users: 2 }
 */
export function roleChoices(blueprint: Blueprint, held: readonly HeldRole[] | null): RoleChoice[] {
  const counts = new Map((held ?? []).map((h) => [h.role, h.users]));
  const all = [...new Set([...rolesOf(blueprint), ...counts.keys()])].sort();
  return all.map((role) => {
    const label = blueprint.roles?.[role];
    const always = role === CUSTOMER_ROLE || role === SYSTEM_ROLE;
    return {
      role,
      ...(label ? { label } : {}),
      ...(held && !always ? { users: counts.get(role) ?? 0 } : {}),
    };
  });
}
