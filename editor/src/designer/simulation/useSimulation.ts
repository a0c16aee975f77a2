import { useEffect } from 'react';
import { useMachine } from '@xstate/react';
import type { CompiledBlueprint, JsonValue } from '@frontstage/engine';
import { simulator, type Frame } from './simulator';

/**
 * The simulator machine bound to React, with plain functions for the panel. `hash` is the content
 * hash of the blueprint on the canvas (null while it does not compile): a run started on another
 * blueprint is dropped, so an old path is never painted on a changed drawing.
 */
export function useSimulation(hash: string | null) {
  const [snapshot, send] = useMachine(simulator);
  const { frames, compiled, rejection, stale } = snapshot.context;
  const frame: Frame | undefined = frames[frames.length - 1];
  const current = !!compiled && compiled.hash === hash;
  useEffect(() => {
    if (compiled && compiled.hash !== hash) send({ type: 'STALE' });
  }, [compiled, hash, send]);
  return {
    running: snapshot.value === 'running' && current,
    frames,
    // Until the reset lands, a run on another blueprint shows nothing.
    frame: current ? frame : undefined,
    compiled: current ? compiled : null,
    rejection,
    stale,
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
