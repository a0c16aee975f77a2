import type { Ruleset } from '@frontstage/engine';

/**
 * The teams a supervisor may dispatch to: those the ruleset routes requests to (its rules and its
 * default), those with work open now, and any named besides; sorted, each once.
 * @example teamsOf(ruleset, ['security']) // ['cleaning', 'customer_service', 'engineering', 'security', …]
 */
export function teamsOf(
  ruleset: Pick<Ruleset, 'rules' | 'defaults'> | null,
  extra: readonly (string | null | undefined)[] = [],
): string[] {
  const teams = new Set<string>();
  for (const rule of ruleset?.rules ?? []) if (rule.decide.team) teams.add(rule.decide.team);
  if (ruleset?.defaults.team) teams.add(ruleset.defaults.team);
  for (const team of extra) if (team) teams.add(team);
  return [...teams].sort();
}
