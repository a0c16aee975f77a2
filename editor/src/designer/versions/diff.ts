import type { Blueprint } from '@frontstage/engine';
import { canonicalJson } from '@frontstage/engine';

export type Change = 'added' | 'removed' | 'changed';

/** What changed from an older blueprint to a newer one, by step and flow id (layout ignored). */
export interface BlueprintDiff {
  steps: { id: string; change: Change }[];
  flows: { id: string; change: Change }[];
}

/** Diff marks the canvas can draw (removed items are not on the canvas; they are listed instead). */
export interface DiffMarks {
  steps: Map<string, 'added' | 'changed'>;
  flows: Map<string, 'added' | 'changed'>;
}

function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((x) => [x.id, canonicalJson(x)]));
  const now = new Map(after.map((x) => [x.id, canonicalJson(x)]));
  const out: { id: string; change: Change }[] = [];
  for (const [id, json] of now) {
    const was = old.get(id);
    if (was === undefined) out.push({ id, change: 'added' });
    else if (was !== json) out.push({ id, change: 'changed' });
  }
  for (const id of old.keys()) if (!now.has(id)) out.push({ id, change: 'removed' });
  return out;
}

/** Compares two blueprints step by step and flow by flow. */
export function diffBlueprints(before: Blueprint, after: Blueprint): BlueprintDiff {
  return { steps: diffById(before.steps, after.steps), flows: diffById(before.flows, after.flows) };
}

export function diffMarks(diff: BlueprintDiff): DiffMarks {
  const pick = (xs: BlueprintDiff['steps']) =>
    new Map(xs.filter((x) => x.change !== 'removed').map((x) => [x.id, x.change as 'added' | 'changed']));
  return { steps: pick(diff.steps), flows: pick(diff.flows) };
}

/**
 * A comparison drawn on the canvas: marks on the draft when the newer side is the draft, or the
 * newer published version itself, read-only, when both sides are published versions.
 */
export interface Comparison {
  marks: DiffMarks;
  view?: { blueprint: Blueprint; version: number };
}
