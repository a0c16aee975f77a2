import { blueprintRules, type RuleJson } from './blueprint-rules.js';
import { canonicalJson, sha256Hex } from './canonical.js';
import { z } from 'zod';
import { Diagnostic } from './diagnostics.js';
import { buildGraph, reachableFrom, reachingTo } from './graph.js';
import { machineConfig, type MachineConfig } from './machine-config.js';
import type { Blueprint } from './schema/blueprint.js';
import { validate, type ValidateOptions } from './validate.js';

/** What compiling found: diagnostics plus the facts an editor or reviewer wants at a glance. */
export const Report = z
  .object({
    diagnostics: z.array(Diagnostic),
    reachable: z.array(z.string()),
    unreachable: z.array(z.string()),
    deadEnds: z.array(z.string()),
    stepsWithoutOwner: z.array(z.string()),
    emergencyPathsWithoutTimeStandard: z.array(z.string()),
    stats: z.object({
      steps: z.number().int(),
      flows: z.number().int(),
      tasks: z.number().int(),
      timed: z.number().int(),
      momentsOfTruth: z.number().int(),
      failPoints: z.number().int(),
    }),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof Report>;

/** A compiled blueprint: plain JSON, stored with each published version. */
export interface CompiledBlueprint {
  ok: true;
  key: string;
  /** SHA-256 of the canonical JSON of the blueprint without its layout. */
  hash: string;
  blueprint: Blueprint;
  machine: MachineConfig;
  rules: RuleJson[];
  report: Report;
}

export type CompileResult = CompiledBlueprint | { ok: false; report: Report };

/**
 * The content hash of a blueprint: layout never changes the meaning, so it never changes the hash.
 * @example blueprintHash(a) === blueprintHash({ ...a, layout: otherLayout })
 */
export function blueprintHash(blueprint: Blueprint): string {
  const { layout: _layout, $schema: _schema, ...meaning } = blueprint;
  return sha256Hex(canonicalJson(meaning));
}

/**
 * Compiles any JSON value: a valid blueprint gives its machine, rules, report and hash; anything
 * else gives a report whose diagnostics say why. Same input, byte-identical output.
 * @example
 * const result = compile(blueprint);
 * if (result.ok) createMachine(result.machine).provide(machineImplementations(result));
 */
export function compile(input: unknown, options: ValidateOptions = {}): CompileResult {
  const validation = validate(input, options);
  const blueprint = validation.blueprint;
  if (!blueprint) return { ok: false, report: emptyReport(validation.diagnostics) };
  const graph = buildGraph(blueprint);
  const reachable = graph.start ? reachableFrom(graph, [graph.start.id]) : new Set<string>();
  const canFinish = reachingTo(
    graph,
    graph.ends.map((e) => e.id),
  );
  const ids = [...graph.steps.keys()];
  const report: Report = {
    diagnostics: validation.diagnostics,
    reachable: ids.filter((id) => reachable.has(id)),
    unreachable: ids.filter((id) => !reachable.has(id)),
    deadEnds: ids.filter((id) => reachable.has(id) && !canFinish.has(id)),
    stepsWithoutOwner: blueprint.steps.filter((s) => s.type === 'task' && !s.roles?.length).map((s) => s.id),
    emergencyPathsWithoutTimeStandard: validation.diagnostics
      .filter((d) => d.code === 'emergency.path_without_time_standard')
      .map((d) => d.stepId!),
    stats: {
      steps: blueprint.steps.length,
      flows: blueprint.flows.length,
      tasks: blueprint.steps.filter((s) => s.type === 'task').length,
      timed: blueprint.steps.filter((s) => s.timeStandard).length,
      momentsOfTruth: blueprint.steps.filter((s) => s.momentOfTruth).length,
      failPoints: blueprint.steps.filter((s) => s.failPoint).length,
    },
  };
  if (!validation.ok) return { ok: false, report };
  return {
    ok: true,
    key: blueprint.key,
    hash: blueprintHash(blueprint),
    blueprint,
    machine: machineConfig(blueprint, graph),
    rules: blueprintRules(blueprint),
    report,
  };
}

function emptyReport(diagnostics: Diagnostic[]): Report {
  return {
    diagnostics,
    reachable: [],
    unreachable: [],
    deadEnds: [],
    stepsWithoutOwner: [],
    emergencyPathsWithoutTimeStandard: [],
    stats: { steps: 0, flows: 0, tasks: 0, timed: 0, momentsOfTruth: 0, failPoints: 0 },
  };
}
