import { OPERATORS, type Operator, type Ruleset } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/messages';
import type { RuleTest } from './useRuleTest';

/** The name of each part of a decision, as the rule cards label it. */
const PART: Record<string, MessageKey> = {
  class: 'rules.class',
  priority: 'rules.priority',
  blueprint: 'rules.blueprint',
  team: 'rules.team',
  role: 'rules.role',
};

const isOperator = (o: string): o is Operator => (OPERATORS as readonly string[]).includes(o);

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
      {result?.ok && (
        <div className="rule-result" data-testid="classification">
          <dl>
            <dt>{t('rules.class')}</dt>
            <dd className={`class-${result.classification.class}`}>
              {t(`class.${result.classification.class}`)}
            </dd>
            <dt>{t('rules.priority')}</dt>
            <dd>{t(`priority.${result.classification.priority}`)}</dd>
            <dt>{t('rules.blueprint')}</dt>
            <dd>{result.classification.blueprint}</dd>
            <dt>{t('rules.team')}</dt>
            <dd>{result.classification.team}</dd>
          </dl>
          <h4>{t('rules.decidedBy')}</h4>
          <ul className="decided-by">
            {Object.entries(result.classification.explanation.decidedBy).map(([part, by]) => (
              <li key={part}>
                {PART[part] ? t(PART[part]) : part}: <code>{by}</code>
              </li>
            ))}
          </ul>
          <ul className="explain">
            {result.classification.explanation.rules.map((r) => (
              <li key={r.id} className={r.fired ? 'is-fired' : ''}>
                <strong>
                  {r.fired ? '✓' : '·'} {text(r.name)}
                </strong>
                <ul>
                  {r.conditions.map((c, i) => (
                    <li key={i} className={c.result ? 'ok' : 'no'}>
                      {c.fact} {isOperator(c.operator) ? t(`op.${c.operator}`) : c.operator}{' '}
                      {JSON.stringify(c.value)} — {JSON.stringify(c.factValue ?? null)} {c.result ? '✓' : '✕'}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {result.classification.explanation.missingFacts.length > 0 && (
            <p className="hint">
              {t('rules.missing')}: {result.classification.explanation.missingFacts.join(', ')}
            </p>
          )}
        </div>
      )}
    </aside>
  );
}
