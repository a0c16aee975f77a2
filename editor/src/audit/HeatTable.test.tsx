import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { sampleBlueprint } from '../shared/sample-blueprint';
import { HeatTable } from './HeatTable';
import type { StepHeat } from '@frontstage/engine';

afterEach(cleanup);

const heat = (stepId: string, medianMs: number | null, p90Ms: number | null): StepHeat => ({
  stepId,
  passed: 2,
  medianMs,
  p90Ms,
  breaches: 0,
  refused: 0,
  answers: 0,
  meanSatisfaction: null,
  firstAnswers: 0,
  meanFirstSatisfaction: null,
  finalAnswers: 0,
  meanFinalSatisfaction: null,
});

describe('HeatTable', () => {
  it('lists the slowest steps first, by the metric chosen, and marks them', () => {
    const steps = [
      heat('record', 60_000, 600_000),
      heat('fix', 3_600_000, 4_000_000),
      heat('dispatch', 120_000, 9_000_000),
      heat('report', null, null),
    ];
    const order = (metric: 'median' | 'p90') => {
      const view = render(
        <I18nProvider initial="en">
          <HeatTable steps={steps} blueprint={sampleBlueprint()} metric={metric} />
        </I18nProvider>,
      );
      const rows = [...view.container.querySelectorAll<HTMLElement>('tbody tr')];
      view.unmount();
      return rows.map((r) => `${r.dataset.step}${r.className.includes('is-slowest') ? '*' : ''}`);
    };
    expect(order('median')).toEqual(['fix*', 'dispatch*', 'record', 'report']);
    expect(order('p90')).toEqual(['dispatch*', 'fix*', 'record', 'report']);
  });
});
