import { compiledRulesetOf } from './classify.js';
import type { Facts } from './conditions.js';
import type { Scalar, Text } from './schema/primitives.js';

/** A fact the request's own words suggest, for the front desk to confirm (never applied silently). */
export interface FactSuggestion {
  fact: string;
  value: Scalar;
  /** The shared condition that suggests it: the ruleset's own keywords. */
  because: { condition: string; label: Text };
}

/** Whether the request already gives a fact (an empty text is not an answer). */
export const factGiven = (facts: Facts, name: string) =>
  Object.prototype.hasOwnProperty.call(facts, name) && facts[name] !== undefined && facts[name] !== '';

/**
 * The facts a request's description suggests, read by the ruleset's own shared conditions that
 * declare `suggests` (their keywords are the rules' keywords, written once): each one that holds
 * for these facts suggests its fact, unless the fact is already given. Pure; an invalid ruleset
 * suggests nothing.
 * @example suggestFacts(ruleset, { description: '3栋1202天花板漏水' })
 * // [{ fact: 'type', value: 'repair', … }, { fact: 'inHome', value: true, … }]
 */
export function suggestFacts(ruleset: unknown, facts: Facts): FactSuggestion[] {
  const compiled = compiledRulesetOf(ruleset);
  if (!compiled.ok) return [];
  const seen = new Set<string>();
  const out: FactSuggestion[] = [];
  for (const [name, shared] of Object.entries(compiled.compiled.ruleset.conditions ?? {})) {
    const s = shared.suggests;
    if (!s || factGiven(facts, s.fact)) continue;
    const key = JSON.stringify([s.fact, s.value]);
    if (seen.has(key) || !compiled.compiled.shared.get(name)!.holds(facts)) continue;
    seen.add(key);
    out.push({ fact: s.fact, value: s.value, because: { condition: name, label: shared.label } });
  }
  return out;
}
