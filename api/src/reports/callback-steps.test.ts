import { describe, expect, it } from 'vitest';
import { callbackFigures, callbackSteps } from './callback-steps.js';

describe('callback figures', () => {
  it('finds the steps that ask for a satisfaction score', () => {
    const steps = [
      { id: 'fix', requiredData: [{ name: 'note' }] },
      { id: 'callback', requiredData: [{ name: 'satisfaction' }, { name: 'comments' }] },
      { id: 'close' },
    ];
    const flows = [{ from: 'visit', requiredData: [{ name: 'satisfaction' }] }, { from: 'fix' }];
    expect([...callbackSteps({ steps, flows } as never)]).toEqual(['callback', 'visit']);
  });

  it('counts cancelled deadlines as in time, fired ones as late, and averages satisfaction per blueprint and team', () => {
    const figures = callbackFigures(
      [
        { blueprint: 'repair', team: 'engineering', status: 'cancelled', n: 3 },
        { blueprint: 'repair', team: 'engineering', status: 'fired', n: 1 },
        { blueprint: 'leak', team: null, status: 'pending', n: 5 },
      ],
      [
        { blueprint: 'repair', team: 'engineering', satisfaction: 5 },
        { blueprint: 'repair', team: 'engineering', satisfaction: 2 },
      ],
    );
    expect(figures).toEqual([
      {
        blueprint: 'leak',
        team: null,
        inTime: 0,
        late: 0,
        rateInTime: null,
        answers: 0,
        meanSatisfaction: null,
      },
      {
        blueprint: 'repair',
        team: 'engineering',
        inTime: 3,
        late: 1,
        rateInTime: 0.75,
        answers: 2,
        meanSatisfaction: 3.5,
      },
    ]);
  });
});
