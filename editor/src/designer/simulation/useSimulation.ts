import { useMachine } from '@xstate/react';
import type { CompiledBlueprint, JsonValue } from '@frontstage/engine';
import { simulator, type Frame } from './simulator';

/** The simulator machine bound to React, with plain functions for the panel. */
export function useSimulation() {
  const [snapshot, send] = useMachine(simulator);
  const { frames, compiled, rejection } = snapshot.context;
  const frame: Frame | undefined = frames[frames.length - 1];
  return {
    running: snapshot.value === 'running',
    frames,
    frame,
    compiled,
    rejection,
    start: (c: CompiledBlueprint, now: string, facts: Record<string, JsonValue> = {}) =>
      send({ type: 'START', compiled: c, now, facts }),
    send: (event: string, role: string, data: Record<string, JsonValue>) =>
      send({ type: 'SEND', event, role, data }),
    jump: () => send({ type: 'JUMP' }),
    back: () => send({ type: 'BACK' }),
    reset: () => send({ type: 'RESET' }),
  };
}

export type SimulationApi = ReturnType<typeof useSimulation>;
