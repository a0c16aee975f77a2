import { describe, expect, it } from 'vitest';
import { heatLevels, heatMarks, heatTotals } from './heat';
import type { StepHeat } from '@frontstage/engine';

const heat = (stepId: string, medianMs: number | null, over: Partial<StepHeat> = {}): StepHeat => ({
  stepId,
  passed: 1,
  medianMs,
  p90Ms: medianMs === null ? null : medianMs * 2,
  breaches: 0,
  refused: 0,
  answers: 0,
  meanSatisfaction: null,
  firstAnswers: 0,
  meanFirstSatisfaction: null,
  finalAnswers: 0,
  meanFinalSatisfaction: null,
  ...over,
});

const MIN = 60_000;

describe('heatLevels', () => {
  it('colours the fastest step coolest and the slowest hottest, on a log scale', () => {
    const marks = heatLevels([heat('a', 1_000), heat('b', 100_000), heat('c', 10_000_000)], 'median');
    expect(marks.get('a')!.level).toBe(1);
    expect(marks.get('b')!.level).toBe(3);
    expect(marks.get('c')!.level).toBe(4);
  });

  it('leaves steps nobody finished uncoloured', () => {
    const marks = heatLevels([heat('start', null), heat('auto', 0), heat('task', 5 * MIN)], 'median');
    expect(marks.get('start')).toEqual({ level: 0, slowest: false });
    expect(marks.get('auto')).toEqual({ level: 0, slowest: false });
    expect(marks.get('task')!.level).toBe(4);
  });

  it('flags the slowest steps so they stand out', () => {
    const marks = heatLevels(
      [heat('a', MIN), heat('b', 30 * MIN), heat('c', 5 * MIN), heat('d', 60 * MIN)],
      'median',
      2,
    );
    expect([...marks].filter(([, m]) => m.slowest).map(([id]) => id)).toEqual(['b', 'd']);
  });

  it('can colour by the 90th percentile instead', () => {
    const steps = [heat('a', MIN, { p90Ms: 90 * MIN }), heat('b', 10 * MIN, { p90Ms: 11 * MIN })];
    expect(heatLevels(steps, 'median', 1).get('b')!.slowest).toBe(true);
    expect(heatLevels(steps, 'p90', 1).get('a')!.slowest).toBe(true);
  });
});

describe('heatTotals', () => {
  it('adds up passes, breaches and refusals, and weighs satisfaction by the answers', () => {
    const steps = [
      heat('a', MIN, { passed: 3, breaches: 1, refused: 2, firstAnswers: 1, meanFirstSatisfaction: 2 }),
      heat('b', MIN, {
        passed: 2,
        firstAnswers: 3,
        meanFirstSatisfaction: 4,
        finalAnswers: 2,
        meanFinalSatisfaction: 5,
      }),
    ];
    expect(heatTotals(steps)).toEqual({
      passed: 5,
      breaches: 1,
      refused: 2,
      answers: 4,
      meanSatisfaction: 3.5,
    });
    // The final scores, after any remedy, on the toggle.
    expect(heatTotals(steps, 'final')).toMatchObject({ answers: 2, meanSatisfaction: 5 });
  });
});

describe('heatMarks', () => {
  it("puts each step's level, slowness and figures on the canvas", () => {
    const marks = heatMarks(
      [heat('a', MIN, { passed: 4 }), heat('b', null, { passed: 0 })],
      'median',
      (h) => `${h.passed}×`,
    );
    expect(marks.steps.get('a')).toEqual({ heat: 4, slowest: true, note: '4×' });
    expect(marks.steps.get('b')).toEqual({ heat: 0, slowest: false, note: '0×' });
  });
});
