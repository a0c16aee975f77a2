import { useState } from 'react';
import {
  PRIORITIES,
  REQUEST_CLASSES,
  type ClassificationRule,
  type FactDeclaration,
  type SharedCondition,
  type Text,
  type TopLevelCondition,
} from '@frontstage/engine';
import { ConditionGroup } from '../conditions/ConditionGroup';
import { useI18n } from '../i18n/useI18n';
import { Choice, CommitInput } from '../shared/FormInputs';
import { TextInputs } from '../shared/TextInputs';
import { MAX_PRIORITY, MIN_PRIORITY, parsePriority } from './rule-priority';

function tidy<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** One classification rule: name, priority, its conditions and what it decides. */
export function RuleCard({
  rule,
  facts,
  shared,
  onOpenShared,
  fired,
  highlighted,
  roles,
  problems = [],
  onChange,
  onRemove,
}: {
  rule: ClassificationRule;
  facts: readonly FactDeclaration[];
  /** The ruleset's shared conditions, which the rule's conditions may name. */
  shared?: Readonly<Record<string, SharedCondition>>;
  onOpenShared?: (name: string) => void;
  fired?: boolean;
  /** A comparison's entry points at this rule. */
  highlighted?: boolean;
  /** What validation found wrong in this rule, in both languages. */
  problems?: readonly Text[];
  /** Id of a datalist of known roles, offered in the role field. */
  roles?: string;
  onChange: (r: ClassificationRule) => void;
  onRemove: () => void;
}) {
  const { t, text } = useI18n();
  const [badPriority, setBadPriority] = useState(false);
  const decide = (patch: Partial<ClassificationRule['decide']>) =>
    onChange({ ...rule, decide: tidy({ ...rule.decide, ...patch }) });
  return (
    <article
      className={`rule-card ${fired === true ? 'is-fired' : fired === false ? 'is-quiet' : ''}${highlighted ? ' is-highlighted' : ''}`}
      data-rule={rule.id}
      data-invalid={problems.length > 0 || undefined}
    >
      {problems.length > 0 && (
        <ul className="rule-problems error-text" data-testid="rule-problems">
          {problems.map((p, i) => (
            <li key={i}>{text(p)}</li>
          ))}
        </ul>
      )}
      <header>
        <strong>{text(rule.name)}</strong>
        <code data-code>{rule.id}</code>
        {fired !== undefined && (
          <span className={`chip ${fired ? 'chip-fired' : ''}`}>
            {fired ? t('rules.fired') : t('rules.notFired')}
          </span>
        )}
        <button type="button" className="link danger" onClick={onRemove}>
          {t('props.remove')}
        </button>
      </header>
      <div className="rule-grid">
        <TextInputs value={rule.name} onChange={(name) => onChange({ ...rule, name })} />
        <CommitInput
          name="rule-priority"
          type="number"
          min={MIN_PRIORITY}
          max={MAX_PRIORITY}
          label={t('rules.rank')}
          value={String(rule.priority)}
          error={badPriority ? t('rules.rankBad', { min: MIN_PRIORITY, max: MAX_PRIORITY }) : undefined}
          onCommit={(v) => {
            const priority = parsePriority(v);
            setBadPriority(priority === null);
            if (priority !== null) onChange({ ...rule, priority });
          }}
        />
      </div>
      <ConditionGroup
        condition={rule.conditions}
        facts={facts}
        shared={shared}
        onOpenShared={onOpenShared}
        onChange={(c) => onChange({ ...rule, conditions: c as TopLevelCondition })}
      />
      <div className="rule-decide">
        <span className="rule-then">{t('rules.decide')}</span>
        <Choice
          label={t('rules.class')}
          value={rule.decide.class ?? ''}
          options={[
            { value: '', label: '—' },
            ...REQUEST_CLASSES.map((c) => ({ value: c, label: t(`class.${c}`) })),
          ]}
          onChange={(v) => decide({ class: (v || undefined) as never })}
        />
        <Choice
          label={t('rules.priority')}
          value={rule.decide.priority ?? ''}
          options={[
            { value: '', label: '—' },
            ...PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })),
          ]}
          onChange={(v) => decide({ priority: (v || undefined) as never })}
        />
        <CommitInput
          label={t('rules.blueprint')}
          value={rule.decide.blueprint ?? ''}
          onCommit={(v) => decide({ blueprint: v.trim() || undefined })}
        />
        <CommitInput
          label={t('rules.team')}
          value={rule.decide.team ?? ''}
          onCommit={(v) => decide({ team: v.trim() || undefined })}
        />
        <CommitInput
          name="rule-role"
          label={t('rules.role')}
          list={roles}
          value={rule.decide.role ?? ''}
          onCommit={(v) => decide({ role: v.trim() || undefined })}
        />
      </div>
    </article>
  );
}
