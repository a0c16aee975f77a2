import { describe, expect, it } from 'vitest';
import { heatmap, percentile, type HeatEntry } from './heatmap.js';

const blueprint = {
  steps: [{ id: 'start' }, { id: 'record' }, { id: 'fix' }, { id: 'callback' }, { id: 'closed' }],
  flows: [
    { id: 'f0', from: 'start', to: 'record' },
    { id: 'f1', from: 'record', to: 'fix' },
    { id: 'f2', from: 'fix', to: 'callback' },
    { id: 'f3', from: 'callback', to: 'closed' },
  ],
} as never;
const minute = (m: number) => new Date(Date.UTC(2026, 10, 1, 0, m)).toISOString();
const entry = (ticketId: string, m: number, e: Partial<HeatEntry>): HeatEntry => ({
  ticketId,
  at: minute(m),
  outcome: 'accepted',
  eventType: 'X',
  fromState: null,
  toState: null,
  data: null,
  trace: null,
  ...e,
});

describe('heatmap', () => {
  it('counts passes, time at each step, breaches, refusals and satisfaction per step', () => {
    const entries: HeatEntry[] = [
      entry('a', 0, { eventType: 'INTAKE', toState: 'record', trace: { flows: ['f0'] } }),
      entry('a', 10, { fromState: 'record', toState: 'fix', trace: { flows: ['f1'] } }),
      entry('a', 20, { outcome: 'refused', fromState: 'fix' }),
      entry('a', 40, {
        eventType: 'TIMER_DUE',
        fromState: 'fix',
        toState: 'fix',
        data: { timerId: 'fix#2:breach' },
        trace: { flows: [] },
      }),
      entry('a', 70, { fromState: 'fix', toState: 'callback', trace: { flows: ['f2'] } }),
      entry('a', 80, {
        fromState: 'callback',
        toState: 'closed',
        data: { satisfaction: 4 },
        trace: { flows: ['f3'] },
      }),
      entry('b', 0, { eventType: 'INTAKE', toState: 'record', trace: { flows: ['f0'] } }),
      entry('b', 30, { fromState: 'record', toState: 'fix', trace: { flows: ['f1'] } }),
    ];
    const byStep = Object.fromEntries(heatmap(blueprint, entries).map((h) => [h.stepId, h]));
    expect(byStep.record).toMatchObject({ passed: 2, medianMs: 10 * 60_000, p90Ms: 30 * 60_000 });
    expect(byStep.fix).toMatchObject({ passed: 2, medianMs: 60 * 60_000, breaches: 1, refused: 1 });
    expect(byStep.callback).toMatchObject({ passed: 1, answers: 1, meanSatisfaction: 4 });
    expect(byStep.closed).toMatchObject({ passed: 1, medianMs: null });
  });

  it('tells each ticket’s first satisfaction from its final one, after a remedy and a second callback', () => {
    const cb = (ticketId: string, m: number, score: number, to: string) =>
      entry(ticketId, m, {
        fromState: 'callback',
        toState: to,
        data: { satisfaction: score },
        trace: { flows: [to === 'closed' ? 'f3' : 'f2'] },
      });
    const entries: HeatEntry[] = [
      // a: unhappy at the first callback (2), the fix is redone, happy at the second (5).
      cb('a', 10, 2, 'fix'),
      cb('a', 20, 5, 'closed'),
      // b: one callback only: its first score is its final one.
      cb('b', 10, 4, 'closed'),
    ];
    const callback = heatmap(blueprint, entries).find((h) => h.stepId === 'callback')!;
    expect(callback).toMatchObject({
      answers: 3,
      meanSatisfaction: 3.67,
      firstAnswers: 2,
      meanFirstSatisfaction: 3,
      finalAnswers: 2,
      meanFinalSatisfaction: 4.5,
    });
  });

  it('takes nearest-rank percentiles', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([5], 0.5)).toBe(5);
    expect(percentile([], 0.5)).toBeNull();
  });
});
