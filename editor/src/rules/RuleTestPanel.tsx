import { useMemo, useState } from 'react';
import { classify, type Ruleset } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';

/** Facts in, classification out, with the explanation: the engine's own classify, in the page. */
export function RuleTestPanel({
  ruleset,
  onResult,
}: {
  ruleset: Ruleset;
  onResult: (fired: Set<string> | null) => void;
}) {
  const { t, text } = useI18n();
  const [facts, setFacts] = useState(
    '{\n  "type": "repair",\n  "description": "厨房跑水 burst pipe",\n  "waterFlowing": true\n}',
  );
  const [run, setRun] = useState(0);
  const outcome = useMemo(() => {
    if (run === 0) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(facts);
    } catch (e) {
      return { error: (e as Error).message };
    }
    return { result: classify(ruleset, parsed) };
  }, [run, facts, ruleset]);
  const go = () => {
    setRun((n) => n + 1);
    try {
      const r = classify(ruleset, JSON.parse(facts));
      onResult(
        r.ok ? new Set(r.classification.explanation.rules.filter((x) => x.fired).map((x) => x.id)) : null,
      );
    } catch {
      onResult(null);
    }
  };
  return (
    <aside className="rule-test">
      <h3>{t('rules.test')}</h3>
      <label className="prop">
        <span>{t('rules.facts')}</span>
        <textarea
          name="facts"
          rows={9}
          value={facts}
          spellCheck={false}
          onChange={(e) => setFacts(e.target.value)}
        />
      </label>
      <datalist id="rule-facts">
        {(ruleset.facts ?? []).map((f) => (
          <option key={f.name} value={f.name}>
            {text(f.label)}
          </option>
        ))}
      </datalist>
      <button type="button" className="primary" onClick={go} data-action="classify">
        {t('rules.run')}
      </button>
      {outcome?.error && <p className="error-text">{outcome.error}</p>}
      {outcome?.result && !outcome.result.ok && (
        <div className="error-text">
          {t('rules.invalid')}
          <ul>
            {outcome.result.diagnostics.map((d, i) => (
              <li key={i}>{text(d.message)}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.result?.ok && (
        <div className="rule-result" data-testid="classification">
          <dl>
            <dt>{t('rules.class')}</dt>
            <dd className={`class-${outcome.result.classification.class}`}>
              {t(`class.${outcome.result.classification.class}`)}
            </dd>
            <dt>{t('rules.priority')}</dt>
            <dd>{outcome.result.classification.priority}</dd>
            <dt>{t('rules.blueprint')}</dt>
            <dd>{outcome.result.classification.blueprint}</dd>
            <dt>{t('rules.team')}</dt>
            <dd>{outcome.result.classification.team}</dd>
          </dl>
          <h4>{t('rules.decidedBy')}</h4>
          <ul className="decided-by">
            {Object.entries(outcome.result.classification.explanation.decidedBy).map(([part, by]) => (
              <li key={part}>
                {part}: <code>{by}</code>
              </li>
            ))}
          </ul>
          <ul className="explain">
            {outcome.result.classification.explanation.rules.map((r) => (
              <li key={r.id} className={r.fired ? 'is-fired' : ''}>
                <strong>
                  {r.fired ? '✓' : '·'} {text(r.name)}
                </strong>
                <ul>
                  {r.conditions.map((c, i) => (
                    <li key={i} className={c.result ? 'ok' : 'no'}>
                      {c.fact} {c.operator} {JSON.stringify(c.value)} — {JSON.stringify(c.factValue ?? null)}{' '}
                      {c.result ? '✓' : '✕'}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {outcome.result.classification.explanation.missingFacts.length > 0 && (
            <p className="hint">
              {t('rules.missing')}: {outcome.result.classification.explanation.missingFacts.join(', ')}
            </p>
          )}
        </div>
      )}
    </aside>
  );
}
