import {
  OPERATORS,
  type Condition,
  type FactDeclaration,
  type Operator,
  type SharedCondition,
} from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';
import { CommitInput } from '../shared/FormInputs';
import { formatValue, parseValue } from './condition-value';

type Group = { all: Condition[] } | { any: Condition[] } | { not: Condition };

/**
 * A readable condition tree: groups (all / any / not) of fact–operator–value rows, and references
 * to the ruleset's shared conditions shown as one chip with the label (given `shared`, a group can
 * insert one; a blueprint's flows have none).
 */
export function ConditionGroup({
  condition,
  facts,
  shared,
  onOpenShared,
  onChange,
  onRemove,
}: {
  condition: Condition;
  facts: readonly FactDeclaration[];
  shared?: Readonly<Record<string, SharedCondition>>;
  /** Shows the shared condition a chip names, where it is edited. */
  onOpenShared?: (name: string) => void;
  onChange: (c: Condition) => void;
  onRemove?: () => void;
}) {
  const { t, text } = useI18n();
  if ('condition' in condition) {
    const named =
      shared && Object.hasOwn(shared, condition.condition) ? shared[condition.condition] : undefined;
    return (
      <div className="cond-row cond-ref">
        <button
          type="button"
          className={`chip chip-shared ${named ? '' : 'is-unknown'}`}
          data-shared-ref={condition.condition}
          title={named ? condition.condition : t('rules.sharedUnknown')}
          onClick={() => onOpenShared?.(condition.condition)}
        >
          {named ? text(named.label) : `${condition.condition} (${t('rules.sharedUnknown')})`}
        </button>
        {onRemove && (
          <button type="button" className="link danger" onClick={onRemove} aria-label={t('props.remove')}>
            ✕
          </button>
        )}
      </div>
    );
  }
  if ('fact' in condition) {
    return (
      <div className="cond-row">
        <input
          list="rule-facts"
          aria-label={t('rules.fact')}
          value={condition.fact}
          onChange={(e) => onChange({ ...condition, fact: e.target.value })}
        />
        <select
          aria-label={t('rules.operator')}
          value={condition.operator}
          onChange={(e) =>
            onChange({
              ...condition,
              operator: e.target.value as Operator,
              value: parseValue(e.target.value as Operator, formatValue(condition.value)),
            })
          }
        >
          {OPERATORS.map((o) => (
            <option key={o} value={o}>
              {t(`op.${o}`)}
            </option>
          ))}
        </select>
        <CommitInput
          label=""
          value={formatValue(condition.value)}
          onCommit={(v) => onChange({ ...condition, value: parseValue(condition.operator, v) })}
        />
        {onRemove && (
          <button type="button" className="link danger" onClick={onRemove} aria-label={t('props.remove')}>
            ✕
          </button>
        )}
      </div>
    );
  }
  const group = condition as Group;
  const kind = 'all' in group ? 'all' : 'any' in group ? 'any' : 'not';
  const children: Condition[] = 'all' in group ? group.all : 'any' in group ? group.any : [group.not];
  const rebuild = (k: typeof kind, cs: Condition[]): Condition =>
    k === 'not' ? { not: cs[0] ?? blank(facts) } : k === 'all' ? { all: cs } : { any: cs };
  return (
    <div className={`cond-group cond-${kind}`}>
      <div className="cond-head">
        <select
          aria-label={t('rules.group')}
          value={kind}
          onChange={(e) => onChange(rebuild(e.target.value as typeof kind, children))}
        >
          <option value="all">{t('rules.all')}</option>
          <option value="any">{t('rules.any')}</option>
          <option value="not">{t('rules.not')}</option>
        </select>
        {kind !== 'not' && (
          <>
            <button
              type="button"
              className="small"
              data-action="add-row"
              onClick={() => onChange(rebuild(kind, [...children, blank(facts)]))}
            >
              + {t('rules.addCondition')}
            </button>
            <button
              type="button"
              className="small"
              data-action="add-group"
              // The new group takes the other combinator: "all of … and any of …" is the usual need.
              onClick={() =>
                onChange(
                  rebuild(kind, [...children, rebuild(kind === 'all' ? 'any' : 'all', [blank(facts)])]),
                )
              }
            >
              + {t('rules.addGroup')}
            </button>
            {shared && Object.keys(shared).length > 0 && (
              <select
                aria-label={t('rules.insertShared')}
                data-action="insert-shared"
                value=""
                onChange={(e) => {
                  if (e.target.value) onChange(rebuild(kind, [...children, { condition: e.target.value }]));
                }}
              >
                <option value="">{t('rules.insertShared')}</option>
                {Object.entries(shared).map(([name, c]) => (
                  <option key={name} value={name}>
                    {text(c.label)}
                  </option>
                ))}
              </select>
            )}
          </>
        )}
        {onRemove && (
          <button type="button" className="link danger" onClick={onRemove}>
            ✕
          </button>
        )}
      </div>
      {children.map((c, i) => (
        <ConditionGroup
          key={i}
          condition={c}
          facts={facts}
          shared={shared}
          onOpenShared={onOpenShared}
          onChange={(next) =>
            onChange(
              rebuild(
                kind,
                children.map((x, j) => (j === i ? next : x)),
              ),
            )
          }
          onRemove={
            children.length > 1
              ? () =>
                  onChange(
                    rebuild(
                      kind,
                      children.filter((_, j) => j !== i),
                    ),
                  )
              : undefined
          }
        />
      ))}
    </div>
  );
}

function blank(facts: readonly FactDeclaration[]): Condition {
  return { fact: facts[0]?.name ?? 'type', operator: 'equal', value: '' };
}
