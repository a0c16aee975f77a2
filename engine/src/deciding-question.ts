import { compiledRulesetOf, outcomeOf } from './classify.js';
import type { Facts } from './conditions.js';
import { factGiven } from './suggest-facts.js';
import type { RequestClass } from './schema/blueprint.js';
import type { Text } from './schema/primitives.js';

/** Where a request goes for one answer. */
export interface Outcome {
  class: RequestClass;
  blueprint: string;
}

/** A yes/no fact nobody has answered whose answer changes where the request goes: ask it first. */
export interface DecidingQuestion {
  fact: string;
  /** The fact's label as the ruleset declares it (`正在跑水`), when it does. */
  label?: Text;
  ifYes: Outcome;
  ifNo: Outcome;
  /** The shared conditions that raised it (`mentions water`). */
  askedBy: { condition: string; label: Text }[];
}

const SEVERITY: Record<RequestClass, number> = { general: 0, special: 1, emergency: 2 };

/**
 * The questions that decide a request: each unanswered yes/no fact that a holding shared condition
 * `asks` about (so a leak asks "is water flowing?", and not every request "is anyone trapped?"),
 * kept only when classifying with it true and with it false gives a different class or blueprint.
 * The most severe possible outcome comes first. Pure; an invalid ruleset asks nothing.
 * @example decidingQuestions(ruleset, { description: '3栋1202天花板漏水，水一直往下滴' })[0]
 * // { fact: 'waterFlowing', ifYes: { class: 'emergency', blueprint: 'water-leak' }, ifNo: { class: 'special', … } }
 */
export function decidingQuestions(ruleset: unknown, facts: Facts): DecidingQuestion[] {
  const compiled = compiledRulesetOf(ruleset);
  if (!compiled.ok) return [];
  const { ruleset: rs, shared } = compiled.compiled;
  const memo = new Map<string, boolean>();
  const askedBy = new Map<string, { condition: string; label: Text }[]>();
  for (const [name, c] of Object.entries(rs.conditions ?? {}))
    for (const fact of c.asks ?? []) {
      const declared = rs.facts?.find((f) => f.name === fact);
      if (factGiven(facts, fact) || (declared && declared.type !== 'boolean')) continue;
      if (!shared.get(name)!.holds(facts, memo)) continue;
      askedBy.set(fact, [...(askedBy.get(fact) ?? []), { condition: name, label: c.label }]);
    }
  const outcome = (fact: string, value: boolean): Outcome =>
    outcomeOf(compiled.compiled, { ...facts, [fact]: value });
  const questions: DecidingQuestion[] = [];
  for (const [fact, by] of askedBy) {
    const ifYes = outcome(fact, true);
    const ifNo = outcome(fact, false);
    if (ifYes.class === ifNo.class && ifYes.blueprint === ifNo.blueprint) continue;
    const label = rs.facts?.find((f) => f.name === fact)?.label;
    questions.push({ fact, ...(label ? { label } : {}), ifYes, ifNo, askedBy: by });
  }
  const worst = (q: DecidingQuestion) => Math.max(SEVERITY[q.ifYes.class], SEVERITY[q.ifNo.class]);
  return questions.sort((a, b) => worst(b) - worst(a));
}
