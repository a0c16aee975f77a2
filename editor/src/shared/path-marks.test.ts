import { describe, expect, it } from 'vitest';
import { pathFlows, ticketMarks } from './path-marks';
import { sampleBlueprint } from './sample-blueprint';

describe('ticket marks', () => {
  const blueprint = sampleBlueprint();

  it('finds the flows between consecutive steps of the path', () => {
    expect(pathFlows(blueprint, ['report', 'record', 'dispatch', 'notify'])).toEqual([
      'report-record',
      'record-dispatch',
      'dispatch-notify',
    ]);
  });

  it('marks the passed steps visited and the current one current', () => {
    const marks = ticketMarks(blueprint, ['report', 'record', 'dispatch'], 'dispatch');
    expect(marks.steps.get('report')?.sim).toBe('visited');
    expect(marks.steps.get('dispatch')?.sim).toBe('current');
    expect(marks.flows.get('record-dispatch')?.sim).toBe('visited');
    expect(marks.flows.get('fix-callback')).toBeUndefined();
  });

  it('marks no step current once the ticket is closed', () => {
    const marks = ticketMarks(blueprint, ['report', 'record']);
    expect([...marks.steps.values()].some((m) => m.sim === 'current')).toBe(false);
  });
});
