import { assign, setup } from 'xstate';
import {
  start,
  step,
  TIMER_DUE,
  type CompiledBlueprint,
  type JsonValue,
  type Rejection,
  type Ticket,
} from '@frontstage/engine';

/** One point of a simulated run: the ticket, the simulated time, the flows taken so far. */
export interface Frame {
  ticket: Ticket;
  now: string;
  flows: string[];
}

export interface SimulatorContext {
  compiled: CompiledBlueprint | null;
  frames: Frame[];
  rejection: Rejection | null;
  /** Set when a run was dropped because the blueprint changed under it; cleared by the next start. */
  stale: boolean;
}

export type SimulatorEvent =
  | { type: 'START'; compiled: CompiledBlueprint; now: string; facts?: Record<string, JsonValue> }
  | { type: 'SEND'; event: string; role: string; data: Record<string, JsonValue> }
  | { type: 'JUMP' }
  | { type: 'BACK' }
  | { type: 'RESET' }
  | { type: 'STALE' };

const last = (frames: Frame[]) => frames[frames.length - 1];

/** The next running timer of a ticket, earliest first. */
export function nextTimer(ticket: Ticket) {
  return [...ticket.timers].sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];
}

const CLEAR: SimulatorContext = { compiled: null, frames: [], rejection: null, stale: false };

/**
 * The simulator as a small state machine: idle until a ticket starts, then every command runs
 * through the engine's own start/step, so the simulation refuses exactly what production refuses.
 * A refused start stays idle with the refusal; a run whose blueprint changed goes back to idle.
 */
export const simulator = setup({
  types: { context: {} as SimulatorContext, events: {} as SimulatorEvent },
  guards: { started: ({ context }) => context.frames.length > 0 },
}).createMachine({
  id: 'simulator',
  initial: 'idle',
  context: CLEAR,
  states: {
    idle: {
      // START records the engine's answer; only a ticket that really started moves on.
      always: { guard: 'started', target: 'running' },
      on: {
        START: {
          actions: assign(({ event }) => {
            const result = start(
              event.compiled,
              event.facts ?? {},
              { id: 'simulator', role: 'frontdesk' },
              event.now,
            );
            if (!result.ok) return { ...CLEAR, rejection: result.rejection };
            return {
              ...CLEAR,
              compiled: event.compiled,
              frames: [{ ticket: result.ticket, now: event.now, flows: result.flows }],
            };
          }),
        },
      },
    },
    running: {
      on: {
        SEND: {
          actions: assign(({ context, event }) => {
            const frame = last(context.frames);
            if (!frame || !context.compiled) return {};
            const result = step(
              context.compiled,
              frame.ticket,
              { type: event.event, data: event.data },
              { id: 'simulator', role: event.role },
              frame.now,
            );
            if (!result.ok) return { rejection: result.rejection };
            return {
              rejection: null,
              frames: [
                ...context.frames,
                { ticket: result.ticket, now: frame.now, flows: [...frame.flows, ...result.flows] },
              ],
            };
          }),
        },
        JUMP: {
          actions: assign(({ context }) => {
            const frame = last(context.frames);
            const timer = frame && nextTimer(frame.ticket);
            if (!frame || !timer || !context.compiled) return {};
            const now = new Date(Math.max(Date.parse(timer.due), Date.parse(frame.now))).toISOString();
            const result = step(
              context.compiled,
              frame.ticket,
              { type: TIMER_DUE, data: { timerId: timer.id } },
              { id: 'scheduler', role: 'system' },
              now,
            );
            if (!result.ok) return { rejection: result.rejection };
            return {
              rejection: null,
              frames: [
                ...context.frames,
                { ticket: result.ticket, now, flows: [...frame.flows, ...result.flows] },
              ],
            };
          }),
        },
        BACK: {
          actions: assign(({ context }) => ({
            rejection: null,
            frames: context.frames.length > 1 ? context.frames.slice(0, -1) : context.frames,
          })),
        },
        RESET: { target: 'idle', actions: assign(CLEAR) },
        STALE: { target: 'idle', actions: assign({ ...CLEAR, stale: true }) },
      },
    },
  },
});
