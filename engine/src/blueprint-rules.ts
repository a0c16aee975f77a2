import type { Blueprint } from './schema/blueprint.js';
import type { TopLevelCondition } from './schema/condition.js';

/** A json-rules-engine rule in its own JSON form (`new Engine(rules)` accepts these). */
export interface RuleJson {
  name: string;
  priority: number;
  conditions: TopLevelCondition;
  event: { type: string; params: Record<string, unknown> };
}

/**
 * The guards of a blueprint as json-rules-engine rules: one per conditional flow, named by the
 * flow. The engine evaluates compiled closures of the same conditions; these are the reference.
 */
export function blueprintRules(blueprint: Blueprint): RuleJson[] {
  return blueprint.flows
    .filter((f) => f.condition)
    .map((f) => ({
      name: f.id,
      priority: 1,
      conditions: f.condition!,
      event: { type: 'flow', params: { flowId: f.id, from: f.from, to: f.to } },
    }));
}
