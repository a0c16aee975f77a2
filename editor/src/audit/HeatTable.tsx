import type { Blueprint, StepHeat } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';
import { formatDuration } from '../shared/time-format';
import { heatLevels, satisfactionOf, type HeatMetric, type SatisfactionScore } from './heat';

const satisfactionText = ({ mean, answers }: { mean: number | null; answers: number }) =>
  mean === null ? '—' : `${mean} (${answers})`;

/** The heatmap's figures per step, slowest first, so they can be read exactly and compared. */
export function HeatTable({
  steps,
  blueprint,
  metric,
  score = 'first',
}: {
  steps: readonly StepHeat[];
  blueprint: Blueprint;
  metric: HeatMetric;
  /** Which satisfaction the last column shows, and says it shows. */
  score?: SatisfactionScore;
}) {
  const { t, text } = useI18n();
  const levels = heatLevels(steps, metric);
  const time = (ms: number | null) => (ms === null ? '—' : formatDuration(ms));
  const key = (s: StepHeat) => (metric === 'median' ? s.medianMs : s.p90Ms) ?? -1;
  const rows = [...steps].sort((a, b) => key(b) - key(a));
  return (
    <table className="data-table heat-table" data-testid="heat-table">
      <thead>
        <tr>
          <th>{t('heat.step')}</th>
          <th>{t('heat.passed')}</th>
          <th>{t('heat.median')}</th>
          <th>p90</th>
          <th>{t('heat.breaches')}</th>
          <th>{t('heat.refused')}</th>
          <th data-score={score}>{t(`heat.score.${score}`)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => {
          const level = levels.get(s.stepId);
          return (
            <tr
              key={s.stepId}
              data-step={s.stepId}
              data-passed={s.passed}
              className={level?.slowest ? 'is-slowest' : ''}
            >
              <th scope="row">
                <span className={`heat-swatch heat-${level?.level ?? 0}`} />{' '}
                {text(blueprint.steps.find((x) => x.id === s.stepId)?.label) || s.stepId}
              </th>
              <td>{s.passed}</td>
              <td>{time(s.medianMs)}</td>
              <td>{time(s.p90Ms)}</td>
              <td className={s.breaches ? 'is-overdue' : ''}>{s.breaches}</td>
              <td>{s.refused}</td>
              <td>{satisfactionText(satisfactionOf(s, score))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
