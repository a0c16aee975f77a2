import type { Blueprint, DiffEntry } from '@frontstage/engine';

/** Diff marks the canvas can draw (removed items are not on the canvas; they are listed instead). */
export interface DiffMarks {
  steps: Map<string, 'added' | 'changed'>;
  flows: Map<string, 'added' | 'changed'>;
}

/**
 * The canvas's marks from the engine's field-level entries: a step or flow that is new is
 * `added`, one with any change of its own is `changed`; what was removed is only listed.
 */
export function diffMarks(entries: readonly DiffEntry[]): DiffMarks {
  const marks: DiffMarks = { steps: new Map(), flows: new Map() };
  for (const e of entries) {
    if (e.side === 'before') continue;
    const whole = e.field === 'step' || e.field === 'flow';
    const [map, id] = e.stepId ? [marks.steps, e.stepId] : [marks.flows, e.flowId];
    if (!id) continue;
    if (whole && e.change === 'added') map.set(id, 'added');
    else if (map.get(id) !== 'added') map.set(id, 'changed');
  }
  return marks;
}

/**
 * A comparison drawn on the canvas: marks on the draft when the newer side is the draft, or the
 * newer published version itself, read-only, when both sides are published versions.
 */
export interface Comparison {
  marks: DiffMarks;
  view?: { blueprint: Blueprint; version: number };
}
