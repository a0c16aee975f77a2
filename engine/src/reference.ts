import { Engine } from 'json-rules-engine';
import type { RuleJson } from './blueprint-rules.js';
import { CUSTOM_OPERATORS } from './operators.js';
import type { Ruleset } from './schema/ruleset.js';

/**
 * json-rules-engine itself, loaded with rules in their JSON form and Frontstage's custom operator.
 * The engine's compiled closures must agree with it; tests and benchmarks compare the two. Not part
 * of the runtime surface: imported as `@frontstage/engine/reference`, so apps never bundle it.
 * @example const { events } = await referenceEngine(compiled.rules).run(facts);
 */
export function referenceEngine(rules: readonly RuleJson[], conditions: Ruleset['conditions'] = {}): Engine {
  const engine = new Engine(rules as never, { allowUndefinedFacts: true });
  // Shared conditions are json-rules-engine's own named conditions, referred to as { condition: name }.
  for (const [name, shared] of Object.entries(conditions))
    engine.setCondition(name, shared.condition as never);
  for (const op of CUSTOM_OPERATORS)
    engine.addOperator(op.name, (a: unknown, b: unknown) => op.evaluate(a, b));
  return engine;
}

/** A classification ruleset as json-rules-engine loads it: its rules and its named shared conditions. */
export function rulesetEngine(ruleset: Ruleset): Engine {
  return referenceEngine(rulesetRules(ruleset), ruleset.conditions);
}

/** A classification ruleset as json-rules-engine rules: each fires an event carrying its rule id. */
export function rulesetRules(ruleset: Ruleset): RuleJson[] {
  return ruleset.rules.map((rule) => ({
    name: rule.id,
    priority: rule.priority,
    conditions: rule.conditions,
    event: { type: 'classified', params: { ruleId: rule.id } },
  }));
}

/** The ids of the rules json-rules-engine fires for these facts, for differential tests. */
export async function referenceFiredRules(engine: Engine, facts: Record<string, unknown>): Promise<string[]> {
  const { events } = await engine.run({ ...facts });
  return events.map((e) => String(e.params?.ruleId ?? e.params?.flowId));
}
