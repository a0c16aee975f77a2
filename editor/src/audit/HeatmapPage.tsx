import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';
import { BlueprintView } from '../shared/BlueprintView';
import { formatDuration } from '../shared/time-format';
import { usePinnedBlueprint } from '../shared/usePinnedBlueprint';
import { dayPeriod } from './audit-query';
import { heatMarks, heatTotals, satisfactionOf, type HeatMetric, type SatisfactionScore } from './heat';
import { HeatTable } from './HeatTable';
import { useHeatmap } from './useHeatmap';
import type { StepHeat } from '@frontstage/engine';

/** The blueprint heatmap: pick a blueprint, version and period; see time, passes, breaches, refusals per step. */
export function HeatmapPage({ api }: { api: ApiClient }) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const h = useHeatmap(api);
  const [version, setVersion] = useState('');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const [metric, setMetric] = useState<HeatMetric>('median');
  const [score, setScore] = useState<SatisfactionScore>('first');
  const { load } = h;
  useEffect(() => {
    load({ ...(version ? { version: Number(version) } : {}), ...dayPeriod(fromDay, toDay) });
  }, [load, version, fromDay, toDay]);
  const { pinned } = usePinnedBlueprint(
    api,
    h.heat ? { key: h.heat.blueprint, version: h.heat.version } : null,
  );
  const blueprint = pinned?.version.blueprint;
  const note = useCallback(
    (s: StepHeat) =>
      [
        `${s.passed}×`,
        s.medianMs !== null ? `${t('heat.median')} ${formatDuration(s.medianMs)}` : '',
        s.p90Ms !== null ? `p90 ${formatDuration(s.p90Ms)}` : '',
        s.breaches ? `✖${s.breaches}` : '',
        s.refused ? `✕${s.refused}` : '',
        satisfactionOf(s, score).mean !== null ? `★${satisfactionOf(s, score).mean}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    [t, score],
  );
  const marks = useMemo(
    () => (h.heat ? heatMarks(h.heat.steps, metric, note) : undefined),
    [h.heat, metric, note],
  );
  const totals = h.heat ? heatTotals(h.heat.steps, score) : null;
  return (
    <section className="heatmap-page">
      <div className="heat-controls">
        <label className="filter">
          <span>{t('rules.blueprint')}</span>
          <select
            name="heat-blueprint"
            value={h.key}
            onChange={(e) => {
              h.setKey(e.target.value);
              setVersion('');
            }}
          >
            {h.list.map((b) => (
              <option key={b.key} value={b.key} title={b.key}>
                {b.name ? text(b.name) : b.key}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('audit.blueprintVersion')}</span>
          <select name="heat-version" value={version} onChange={(e) => setVersion(e.target.value)}>
            <option value="">{t('heat.latest')}</option>
            {h.versions.map((v) => (
              <option key={v.version} value={v.version}>
                v{v.version}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('audit.from')}</span>
          <input name="heat-from" type="date" value={fromDay} onChange={(e) => setFromDay(e.target.value)} />
        </label>
        <label className="filter">
          <span>{t('audit.to')}</span>
          <input name="heat-to" type="date" value={toDay} onChange={(e) => setToDay(e.target.value)} />
        </label>
        <RadioToggle
          label={t('heat.metric')}
          name="metric"
          value={metric}
          options={(['median', 'p90'] as const).map((m) => ({ value: m, label: t(`heat.by.${m}`) }))}
          onChange={setMetric}
        />
        <RadioToggle
          label={t('heat.satisfaction')}
          name="score"
          value={score}
          options={(['first', 'final'] as const).map((k) => ({ value: k, label: t(`heat.score.${k}`) }))}
          onChange={setScore}
        />
      </div>
      {h.error !== null && <p className="error-text">{describeError(h.error, i18n)}</p>}
      {h.heat && totals && (
        <p
          className="heat-summary"
          data-testid="heat-summary"
          data-tickets={h.heat.tickets}
          data-passed={totals.passed}
        >
          {t('heat.summary', {
            version: h.heat.version,
            tickets: h.heat.tickets,
            entries: h.heat.entries,
            passed: totals.passed,
            breaches: totals.breaches,
            refused: totals.refused,
          })}
          {totals.meanSatisfaction !== null &&
            ` · ${t(`heat.score.${score}`)} ★ ${totals.meanSatisfaction} (${totals.answers})`}
        </p>
      )}
      <div className="heat-legend" aria-hidden>
        {[1, 2, 3, 4].map((l) => (
          <span key={l} className={`heat-swatch heat-${l}`} />
        ))}
        <span className="muted">{t('heat.legend')}</span>
      </div>
      {blueprint && <BlueprintView blueprint={blueprint} marks={marks} testId="heatmap-view" />}
      {h.heat && blueprint && (
        <HeatTable steps={h.heat.steps} blueprint={blueprint} metric={metric} score={score} />
      )}
    </section>
  );
}

/** One choice of a few, as a row of buttons; each button carries `data-<name>` with its value. */
function RadioToggle<V extends string>({
  label,
  name,
  value,
  options,
  onChange,
}: {
  label: string;
  name: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  return (
    <div className="visibility-toggle" role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={value === o.value}
          className={value === o.value ? 'is-on' : ''}
          onClick={() => onChange(o.value)}
          {...{ [`data-${name}`]: o.value }}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
