import type { Marks } from '../canvas/model/canvas-types';
import type { CanvasMarks } from '../canvas/model/to-canvas';
import type { StepHeat } from '@frontstage/engine';

/** Which time the heatmap colours by. */
export type HeatMetric = 'median' | 'p90';

/** A step's colour on the heatmap (0: no finished visit; 1 cool … 4 hot) and whether it is among the slowest. */
export interface HeatMark {
  level: 0 | 1 | 2 | 3 | 4;
  slowest: boolean;
}

const valueOf = (h: StepHeat, metric: HeatMetric) => (metric === 'median' ? h.medianMs : h.p90Ms);

/**
 * Colours steps by the time tickets spent there, on a log scale between the fastest and the
 * slowest step (waits run from seconds to days), and flags the `top` slowest steps so they stand
 * out. Steps with no finished visit stay uncoloured.
 * @example heatLevels([{ stepId: 'a', medianMs: 1000, … }, { stepId: 'b', medianMs: 86_400_000, … }], 'median').get('b') // { level: 4, slowest: true }
 */
export function heatLevels(steps: readonly StepHeat[], metric: HeatMetric, top = 2): Map<string, HeatMark> {
  const timed = steps
    .map((h) => ({ id: h.stepId, ms: valueOf(h, metric) }))
    .filter((x): x is { id: string; ms: number } => x.ms !== null && x.ms > 0);
  const logs = timed.map((x) => Math.log(x.ms));
  const lo = Math.min(...logs);
  const hi = Math.max(...logs);
  const slowest = new Set(
    [...timed]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((x) => x.id),
  );
  const marks = new Map<string, HeatMark>();
  for (const h of steps) marks.set(h.stepId, { level: 0, slowest: false });
  for (const x of timed) {
    const share = hi === lo ? 1 : (Math.log(x.ms) - lo) / (hi - lo);
    const level = Math.min(4, 1 + Math.floor(share * 4)) as HeatMark['level'];
    marks.set(x.id, { level, slowest: slowest.has(x.id) });
  }
  return marks;
}

/**
 * Which satisfaction the heatmap shows: each ticket's first score (its first callback, the default:
 * what the service earned before anyone made amends) or its final one (after a remedy).
 */
export type SatisfactionScore = 'first' | 'final';

/** A step's satisfaction of the chosen kind: its mean and how many tickets gave one. */
export function satisfactionOf(
  h: StepHeat,
  which: SatisfactionScore,
): { mean: number | null; answers: number } {
  return which === 'first'
    ? { mean: h.meanFirstSatisfaction, answers: h.firstAnswers }
    : { mean: h.meanFinalSatisfaction, answers: h.finalAnswers };
}

/** Totals over the whole blueprint, for the summary line above the drawing. */
export function heatTotals(steps: readonly StepHeat[], which: SatisfactionScore = 'first') {
  const scores = steps.map((h) => satisfactionOf(h, which));
  const answers = scores.reduce((n, s) => n + s.answers, 0);
  const sum = scores.reduce((n, s) => n + (s.mean ?? 0) * s.answers, 0);
  return {
    passed: steps.reduce((n, h) => n + h.passed, 0),
    breaches: steps.reduce((n, h) => n + h.breaches, 0),
    refused: steps.reduce((n, h) => n + h.refused, 0),
    answers,
    meanSatisfaction: answers ? Math.round((sum / answers) * 100) / 100 : null,
  };
}

/**
 * The heatmap as canvas marks: each step coloured by its level, the slowest flagged, and a short
 * note of its figures (written by `note`, which knows the reader's language).
 */
export function heatMarks(
  steps: readonly StepHeat[],
  metric: HeatMetric,
  note: (h: StepHeat) => string,
): CanvasMarks {
  const levels = heatLevels(steps, metric);
  const marks = new Map<string, Marks>();
  for (const h of steps) {
    const mark = levels.get(h.stepId)!;
    marks.set(h.stepId, { heat: mark.level, slowest: mark.slowest, note: note(h) });
  }
  return { steps: marks, flows: new Map() };
}
