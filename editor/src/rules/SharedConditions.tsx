import {
  conditionReferences,
  type FactDeclaration,
  type Ruleset,
  type SharedCondition,
  type Text,
} from '@frontstage/engine';
import { ConditionGroup } from '../conditions/ConditionGroup';
import { useI18n } from '../i18n/useI18n';
import { TextInputs } from '../shared/TextInputs';
import { IntakeHintsEditor } from './IntakeHintsEditor';

type Shared = Record<string, SharedCondition>;

/** A fresh name for a new shared condition: `newCondition`, `newCondition2`, … */
function freshName(shared: Shared): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? 'newCondition' : `newCondition${i}`;
    if (!Object.hasOwn(shared, name)) return name;
  }
}

/**
 * The ruleset's shared conditions, each listed once and edited here: label, the condition itself,
 * and what it suggests or asks at intake. Rules show them as chips with the label.
 */
export function SharedConditions({
  ruleset,
  facts,
  open,
  problems,
  highlighted,
  onToggle,
  onOpenShared,
  onChange,
}: {
  ruleset: Ruleset;
  facts: readonly FactDeclaration[];
  open: boolean;
  /** What validation found wrong in a shared condition, by its name. */
  problems: (name: string) => Text[];
  /** The shared condition a comparison's entry points at. */
  highlighted?: string;
  onToggle: (open: boolean) => void;
  onOpenShared: (name: string) => void;
  onChange: (conditions: Shared) => void;
}) {
  const { t, text } = useI18n();
  // The facts by the words the ruleset gives them (it is the ruleset being edited, not the published one).
  const factName = (name: string) => text(facts.find((f) => f.name === name)?.label) || name;
  const valueName = (name: string, value: unknown) =>
    typeof value === 'boolean'
      ? t(value ? 'queue.yes' : 'queue.no')
      : text(facts.find((f) => f.name === name)?.options?.find((o) => o.value === value)?.label) ||
        String(value);
  const shared = ruleset.conditions ?? {};
  const usedBy = (name: string) =>
    ruleset.rules.filter((r) => conditionReferences(r.conditions).includes(name)).length;
  const edit = (name: string, next: SharedCondition) => onChange({ ...shared, [name]: next });
  const add = () =>
    onChange({
      ...shared,
      [freshName(shared)]: {
        label: { 'zh-CN': '新共享条件', en: 'New shared condition' },
        condition: { all: [{ fact: facts[0]?.name ?? 'type', operator: 'equal', value: '' }] },
      },
    });
  return (
    <details
      className="shared-conditions"
      data-testid="shared-conditions"
      open={open}
      onToggle={(e) => onToggle(e.currentTarget.open)}
    >
      <summary>
        <strong>{t('rules.shared')}</strong> ({Object.keys(shared).length})
      </summary>
      <p className="hint">{t('rules.sharedHint')}</p>
      {Object.entries(shared).map(([name, c]) => {
        const own = problems(name);
        return (
          <article
            key={name}
            id={`shared-${name}`}
            className={`rule-card shared-card${highlighted === name ? ' is-highlighted' : ''}`}
            data-shared={name}
            data-invalid={own.length > 0 || undefined}
          >
            {own.length > 0 && (
              <ul className="rule-problems error-text">
                {own.map((p, i) => (
                  <li key={i}>{text(p)}</li>
                ))}
              </ul>
            )}
            <header>
              <strong>{text(c.label)}</strong>
              <code>{name}</code>
              <span className="hint">{t('rules.sharedUsedBy', { count: usedBy(name) })}</span>
              <button
                type="button"
                className="link danger"
                onClick={() =>
                  onChange(Object.fromEntries(Object.entries(shared).filter(([n]) => n !== name)))
                }
              >
                {t('props.remove')}
              </button>
            </header>
            <div className="rule-grid">
              <TextInputs value={c.label} onChange={(label) => edit(name, { ...c, label })} />
            </div>
            <ConditionGroup
              condition={c.condition}
              facts={facts}
              shared={shared}
              onOpenShared={onOpenShared}
              onChange={(next) => edit(name, { ...c, condition: next as SharedCondition['condition'] })}
            />
            {(c.suggests || c.asks) && (
              <p className="hint">
                {c.suggests && (
                  <>
                    {t('rules.suggests')}:{' '}
                    <span data-suggests={c.suggests.fact}>
                      {`${factName(c.suggests.fact)} = ${valueName(c.suggests.fact, c.suggests.value)}`}
                    </span>{' '}
                  </>
                )}
                {c.asks && (
                  <>
                    {t('rules.asks')}: <span data-asks>{c.asks.map(factName).join('、')}</span>
                  </>
                )}
              </p>
            )}
            <IntakeHintsEditor condition={c} facts={facts} onChange={(next) => edit(name, next)} />
          </article>
        );
      })}
      <button type="button" onClick={add}>
        + {t('rules.addShared')}
      </button>
    </details>
  );
}
