import type { Ruleset } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';
import { ClassificationView } from '../shared/ClassificationView';
import type { RuleTest } from './useRuleTest';

/** Facts in, classification out, with the explanation: the engine's own classify, in the page. */
export function RuleTestPanel({ ruleset, test }: { ruleset: Ruleset; test: RuleTest }) {
  const { t, text } = useI18n();
  const { outcome } = test;
  const result = outcome && 'result' in outcome ? outcome.result : null;
  return (
    <aside className="rule-test">
      <h3>{t('rules.test')}</h3>
      <label className="prop">
        <span>{t('rules.facts')}</span>
        <textarea
          name="facts"
          rows={9}
          value={test.facts}
          spellCheck={false}
          onChange={(e) => test.setFacts(e.target.value)}
        />
      </label>
      <datalist id="rule-facts">
        {(ruleset.facts ?? []).map((f) => (
          <option key={f.name} value={f.name}>
            {text(f.label)}
          </option>
        ))}
      </datalist>
      <button type="button" className="primary" onClick={test.run} data-action="classify">
        {t('rules.run')}
      </button>
      {outcome && 'error' in outcome && (
        <p className="error-text">
          {t('rules.factsBad')} ({outcome.error})
        </p>
      )}
      {result && !result.ok && (
        <div className="error-text">
          {t('rules.invalid')}
          <ul>
            {result.diagnostics.map((d, i) => (
              <li key={i}>{text(d.message)}</li>
            ))}
          </ul>
        </div>
      )}
      {result?.ok && <ClassificationView classification={result.classification} allRules />}
    </aside>
  );
}
