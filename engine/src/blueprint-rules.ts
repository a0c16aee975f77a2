import { z } from 'zod';
import type { Blueprint } from './schema/blueprint.js';
import { TopLevelCondition } from './schema/condition.js';

/** A json-rules-engine rule in its own JSON form (`new Engine(rules)` accepts these). */
export const RuleJson = z
  .object({
    name: z.string(),
    priority: z.number(),
    conditions: TopLevelCondition,
    event: z.object({ type: z.string(), params: z.record(z.string(), z.string()) }),
  })
  .meta({ id: 'RuleJson' });
export type RuleJson = z.infer<typeof RuleJson>;

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
