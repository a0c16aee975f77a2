import { assign, createMachine, type AnyStateMachine } from 'xstate';
import { canonicalJson } from './canonical.js';
import { compile, type CompiledBlueprint } from './compile.js';
import { compileCondition, type CompiledCondition } from './conditions.js';
import type { Field, Flow, Step } from './schema/blueprint.js';
import { transitFor } from './transit.js';

/** The context of every blueprint machine: the request's facts and the data collected so far. */
export interface MachineContext {
  facts: Record<string, unknown>;
  data: Record<string, unknown>;
}

/** Everything step needs about one compiled version, built once and reused for every ticket on it. */
export interface Runtime {
  machine: AnyStateMachine;
  /** The start step. */
  initial: string;
  steps: Map<string, Step>;
  /** Flows out of each step, by event type. */
  flowsByEvent: Map<string, Map<string, Flow[]>>;
  conditions: Map<string, CompiledCondition>;
  /** A pure transition of `machine` that reuses one actor scope (see transit.ts). */
  transit: ReturnType<typeof transitFor>;
}

const factsOf = (context: MachineContext) => ({ ...context.facts, ...context.data });

/**
 * The guard and action implementations the compiled machine refers to by name.
 * Entry and flow actions do nothing when run: step reads them from the transition's action list.
 */
export function machineImplementations(conditions: Map<string, CompiledCondition>) {
  return {
    guards: {
      // A guarded task flow decides on the data its own event carries, not yet recorded in context.
      flowCondition: (
        { context, event }: { context: MachineContext; event: { data?: unknown } },
        params: { flowId: string },
      ) =>
        conditions.get(params.flowId)?.({
          ...factsOf(context),
          ...((event.data as Record<string, unknown> | undefined) ?? {}),
        }) ?? false,
    },
    actions: {
      recordData: assign(
        ({ context, event }: { context: MachineContext; event: { type: string; data?: unknown } }) => ({
          data: { ...context.data, ...((event.data as Record<string, unknown> | undefined) ?? {}) },
        }),
      ),
      enterStep: () => {},
      takeFlow: () => {},
    },
  };
}

/**
 * Creates the machine of a compiled blueprint with its implementations.
 * @example const machine = createBlueprintMachine(compiled); transition(machine, snapshot, { type: 'DISPATCHED' });
 */
export function createBlueprintMachine(compiled: CompiledBlueprint): AnyStateMachine {
  return buildRuntime(compiled).machine;
}

function buildRuntime(compiled: CompiledBlueprint): Runtime {
  const conditions = new Map<string, CompiledCondition>();
  for (const flow of compiled.blueprint.flows)
    if (flow.condition) conditions.set(flow.id, compileCondition(flow.condition));
  // The config is plain JSON typed loosely; provide() binds guards and actions by their names.
  const machine = createMachine(compiled.machine as never).provide(
    machineImplementations(conditions) as never,
  );
  const steps = new Map(compiled.blueprint.steps.map((s) => [s.id, s]));
  const flowsByEvent = new Map<string, Map<string, Flow[]>>();
  for (const flow of compiled.blueprint.flows) {
    if (!flow.event) continue;
    const byEvent = flowsByEvent.get(flow.from) ?? new Map<string, Flow[]>();
    byEvent.set(flow.event, [...(byEvent.get(flow.event) ?? []), flow]);
    flowsByEvent.set(flow.from, byEvent);
  }
  return {
    machine,
    initial: compiled.machine.initial,
    steps,
    flowsByEvent,
    conditions,
    transit: transitFor(machine),
  };
}

// One runtime per compiled version, kept for the versions in use. The hash is the version's
// content address, so a copy read back from the database finds the runtime built for the original.
const CACHE_LIMIT = 256;
const cache = new Map<string, Runtime>();

/**
 * The runtime of a compiled version, built on first use and cached by its content hash; undefined
 * when the version is not what compile makes of its own blueprint (a damaged or hand-edited copy),
 * so that bad input is refused instead of crashing deep inside xstate.
 */
export function runtimeFor(compiled: CompiledBlueprint): Runtime | undefined {
  const key = `${compiled.key}:${compiled.hash}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (!genuine(compiled)) return undefined;
  const runtime = buildRuntime(compiled);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, runtime);
  return runtime;
}

function genuine(compiled: CompiledBlueprint): boolean {
  const again = compile(compiled.blueprint);
  return (
    again.ok &&
    again.key === compiled.key &&
    again.hash === compiled.hash &&
    canonicalJson(again.machine) === canonicalJson(compiled.machine)
  );
}

/** The fields an event must carry: the step's own plus those of the flows it may take. */
export function fieldsFor(step: Step, flows: readonly Flow[]): Field[] {
  const fields = new Map<string, Field>();
  for (const f of step.requiredData ?? []) fields.set(f.name, f);
  for (const flow of flows)
    for (const f of flow.requiredData ?? []) if (!fields.has(f.name)) fields.set(f.name, f);
  return [...fields.values()];
}
