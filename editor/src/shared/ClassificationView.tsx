import {
  isFactTrace,
  OPERATORS,
  type Classification,
  type Operator,
  type TraceItem,
} from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';
import { useWords, type Words } from './vocabulary';
import type { MessageKey } from '../i18n/messages';

/** The name of each part of a decision, as the rule cards label it. */
const PART: Record<string, MessageKey> = {
  class: 'rules.class',
  priority: 'rules.priority',
  blueprint: 'rules.blueprint',
  team: 'rules.team',
  role: 'rules.role',
};

const isOperator = (o: string): o is Operator => (OPERATORS as readonly string[]).includes(o);

/**
 * A classification and why: class, priority, blueprint and team, which rule decided each part,
 * and the rules that fired with every condition they checked (all rules when `allRules`).
 */
export function ClassificationView({
  classification,
  allRules = false,
  testId = 'classification',
}: {
  classification: Classification;
  allRules?: boolean;
  testId?: string;
}) {
  const { t, text } = useI18n();
  const words = useWords();
  const { explanation } = classification;
  const rules = allRules ? explanation.rules : explanation.rules.filter((r) => r.fired);
  // Each shared condition the shown rules name (directly or through another) is explained once, below.
  const sharedByName = new Map((explanation.sharedConditions ?? []).map((s) => [s.name, s]));
  const named = new Set<string>();
  const collect = (items: readonly TraceItem[]) => {
    for (const item of items)
      if (!isFactTrace(item) && !named.has(item.condition)) {
        named.add(item.condition);
        collect(sharedByName.get(item.condition)?.conditions ?? []);
      }
  };
  rules.forEach((r) => collect(r.conditions));
  const shared = [...sharedByName.values()].filter((s) => named.has(s.name));
  const line = (c: TraceItem, i: number) =>
    isFactTrace(c) ? (
      <li key={i} className={c.result ? 'ok' : 'no'}>
        {words.name(c.fact)} {isOperator(c.operator) ? t(`op.${c.operator}`) : c.operator}{' '}
        {/* Keywords a text is searched for are quoted as the ruleset writes them, not codes. */}
        <span {...(c.operator.startsWith('text') ? { 'data-verbatim': '' } : {})}>
          {shown(words, c.fact, c.value)}
        </span>{' '}
        — {shown(words, c.fact, c.factValue, t('rules.unknownFact'))} {c.result ? '✓' : '✕'}
      </li>
    ) : (
      <li key={i} className={c.result ? 'ok' : 'no'} data-shared-ref={c.condition}>
        <span className="chip chip-shared">{text(c.label)}</span> {c.result ? '✓' : '✕'}
      </li>
    );
  return (
    <div className="rule-result" data-testid={testId} data-class={classification.class}>
      <dl>
        <dt>{t('rules.class')}</dt>
        <dd className={`class-${classification.class}`} data-testid="class">
          {t(`class.${classification.class}`)}
        </dd>
        <dt>{t('rules.priority')}</dt>
        <dd>{t(`priority.${classification.priority}`)}</dd>
        <dt>{t('rules.blueprint')}</dt>
        <dd data-blueprint={classification.blueprint}>{words.blueprint(classification.blueprint)}</dd>
        <dt>{t('rules.team')}</dt>
        <dd>{words.team(classification.team)}</dd>
        {classification.role && (
          <>
            <dt>{t('rules.role')}</dt>
            <dd>{words.role(classification.role)}</dd>
          </>
        )}
      </dl>
      <h4>{t('rules.decidedBy')}</h4>
      <ul className="decided-by">
        {Object.entries(explanation.decidedBy).map(([part, by]) => (
          <li key={part}>
            {PART[part] ? t(PART[part]) : part}:{' '}
            <span data-rule={by}>{by === 'defaults' ? t('rules.defaults') : words.rule(by)}</span>
          </li>
        ))}
      </ul>
      <ul className="explain">
        {rules.map((r) => (
          <li key={r.id} className={r.fired ? 'is-fired' : ''} data-explain-rule={r.id}>
            <strong>
              {r.fired ? '✓' : '·'} {text(r.name)}
            </strong>
            <ul>{r.conditions.map(line)}</ul>
          </li>
        ))}
      </ul>
      {shared.length > 0 && (
        <>
          <h4>{t('rules.shared')}</h4>
          <ul className="explain explain-shared">
            {shared.map((s) => (
              <li key={s.name} className={s.result ? 'is-fired' : ''} data-explain-shared={s.name}>
                <strong>
                  {s.result ? '✓' : '·'} {text(s.label)}
                </strong>
                <ul>{s.conditions.map(line)}</ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {explanation.missingFacts.length > 0 && (
        <p className="hint">
          {t('rules.missing')}: {explanation.missingFacts.map(words.name).join('、')}
        </p>
      )}
    </div>
  );
}

/** A condition's value or a fact's as a reader says it: the option's label, a list joined, text as it is. */
function shown(words: Words, fact: string, value: unknown, absent = '—'): string {
  if (value === undefined || value === null) return absent;
  if (Array.isArray(value)) return value.map((v) => words.value(fact, v)).join('、');
  if (typeof value === 'boolean') return value ? '✓' : '✕';
  return words.value(fact, value);
}
