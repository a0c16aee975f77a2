import { z } from 'zod';
import type { StepGraph } from './graph.js';
import type { Blueprint, Flow } from './schema/blueprint.js';

/** The event that takes a new ticket out of its start step. */
export const INTAKE = 'INTAKE';

/** A transition in XState's JSON form, bound to behaviour by name only. */
export const TransitionConfig = z
  .object({
    target: z.string(),
    /** Only on a flow back to its own step: a new visit, whose time standard starts again. */
    reenter: z.literal(true).optional(),
    guard: z
      .object({ type: z.literal('flowCondition'), params: z.object({ flowId: z.string() }) })
      .optional(),
    actions: z.array(
      z.union([
        z.object({ type: z.literal('recordData') }),
        z.object({ type: z.literal('takeFlow'), params: z.object({ flowId: z.string() }) }),
      ]),
    ),
  })
  .meta({ id: 'TransitionConfig' });
export type TransitionConfig = z.infer<typeof TransitionConfig>;

/** An XState v5 machine config as plain JSON, loadable by `createMachine` once guards and actions are provided. */
export const MachineConfig = z
  .object({
    id: z.string(),
    initial: z.string(),
    // Empty at the start: facts and data arrive with the ticket's own snapshot.
    context: z.object({ facts: z.strictObject({}), data: z.strictObject({}) }),
    states: z.record(
      z.string(),
      z.object({
        meta: z.object({ type: z.string(), lane: z.string() }),
        entry: z.array(z.object({ type: z.literal('enterStep'), params: z.object({ stepId: z.string() }) })),
        on: z.record(z.string(), z.array(TransitionConfig)).optional(),
        always: z.array(TransitionConfig).optional(),
        type: z.literal('final').optional(),
      }),
    ),
  })
  .meta({ id: 'MachineConfig' });
export type MachineConfig = z.infer<typeof MachineConfig>;

function transition(flow: Flow, withData: boolean): TransitionConfig {
  return {
    target: flow.to,
    // XState does not re-enter a state on a transition to itself unless told; a drawn loop is a new visit.
    ...(flow.to === flow.from ? { reenter: true as const } : {}),
    ...(flow.condition ? { guard: { type: 'flowCondition' as const, params: { flowId: flow.id } } } : {}),
    actions: [
      ...(withData ? [{ type: 'recordData' as const }] : []),
      { type: 'takeFlow', params: { flowId: flow.id } },
    ],
  };
}

/**
 * Builds the machine: one state per step. Tasks wait for their events; start waits for INTAKE;
 * auto steps and decisions take their flows at once (`always`), in the blueprint's order, so a
 * decision's conditional branches are tried first and its default last.
 */
export function machineConfig(blueprint: Blueprint, graph: StepGraph): MachineConfig {
  const states: MachineConfig['states'] = {};
  for (const step of blueprint.steps) {
    const out = graph.outgoing.get(step.id) ?? [];
    const state: MachineConfig['states'][string] = {
      meta: { type: step.type, lane: step.lane },
      entry: [{ type: 'enterStep', params: { stepId: step.id } }],
    };
    if (step.type === 'end') state.type = 'final';
    else if (step.type === 'task') {
      const on: Record<string, TransitionConfig[]> = {};
      for (const flow of out) if (flow.event) (on[flow.event] ??= []).push(transition(flow, true));
      state.on = on;
    } else if (step.type === 'start') state.on = { [INTAKE]: out.map((f) => transition(f, false)) };
    else {
      const ordered = [...out.filter((f) => f.condition), ...out.filter((f) => !f.condition)];
      state.always = ordered.map((f) => transition(f, false));
    }
    states[step.id] = state;
  }
  return { id: blueprint.key, initial: graph.start!.id, context: { facts: {}, data: {} }, states };
}
