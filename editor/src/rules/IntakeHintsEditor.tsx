import { memo } from 'react';
import type { FactDeclaration, SharedCondition } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';
import { Choice, CommitInput } from '../shared/FormInputs';
import { firstValueOf, withIntakeHints, type Suggests } from './intake-hints-edit';

/**
 * What a shared condition does at intake, edited by the facts' words: the fact (and value) it
 * suggests when it holds, and the facts it asks about. The engine checks both against the facts.
 */
export const IntakeHintsEditor = memo(function IntakeHintsEditor({
  condition: c,
  facts,
  onChange,
}: {
  condition: SharedCondition;
  facts: readonly FactDeclaration[];
  onChange: (next: SharedCondition) => void;
}) {
  const { t, text } = useI18n();
  // A free-text fact (the description) is what the conditions read, not something to suggest or ask.
  const answerable = facts.filter((f) => f.type !== 'text');
  const asks = c.asks ?? [];
  const suggested = facts.find((f) => f.name === c.suggests?.fact);
  const setSuggests = (s: Suggests | undefined) => onChange(withIntakeHints(c, s, asks));
  const setAsks = (next: readonly string[]) => onChange(withIntakeHints(c, c.suggests, next));
  const labelOf = (name: string) => text(facts.find((f) => f.name === name)?.label) || name;
  return (
    <div className="intake-hints" data-testid="intake-hints">
      <Choice
        name="suggests-fact"
        label={t('rules.suggestsFact')}
        value={c.suggests?.fact ?? ''}
        options={[
          { value: '', label: t('rules.suggestsNone') },
          ...answerable.map((f) => ({ value: f.name, label: text(f.label) })),
        ]}
        onChange={(name) => {
          const fact = facts.find((f) => f.name === name);
          setSuggests(fact ? { fact: fact.name, value: firstValueOf(fact) } : undefined);
        }}
      />
      {c.suggests && suggested?.type === 'boolean' && (
        <Choice
          name="suggests-value"
          label={t('rules.suggestsValue')}
          value={String(c.suggests.value)}
          options={[
            { value: 'true', label: t('queue.yes') },
            { value: 'false', label: t('queue.no') },
          ]}
          onChange={(v) => setSuggests({ fact: c.suggests!.fact, value: v === 'true' })}
        />
      )}
      {c.suggests && suggested?.type === 'choice' && (
        <Choice
          name="suggests-value"
          label={t('rules.suggestsValue')}
          value={String(c.suggests.value)}
          options={(suggested.options ?? []).map((o) => ({ value: o.value, label: text(o.label) }))}
          onChange={(value) => setSuggests({ fact: c.suggests!.fact, value })}
        />
      )}
      {c.suggests && suggested && (suggested.type === 'number' || suggested.type === 'string') && (
        <CommitInput
          name="suggests-value"
          type={suggested.type === 'number' ? 'number' : 'text'}
          label={t('rules.suggestsValue')}
          value={String(c.suggests.value ?? '')}
          onCommit={(v) =>
            setSuggests({ fact: c.suggests!.fact, value: suggested.type === 'number' ? Number(v) : v.trim() })
          }
        />
      )}
      <div className="prop intake-asks">
        <span>{t('rules.asksFact')}</span>
        {asks.map((name) => (
          <span key={name} className="chip" data-asks-fact={name}>
            {labelOf(name)}{' '}
            <button
              type="button"
              className="link"
              aria-label={t('rules.asksRemove', { fact: labelOf(name) })}
              onClick={() => setAsks(asks.filter((a) => a !== name))}
            >
              ×
            </button>
          </span>
        ))}
        <select
          name="asks-add"
          aria-label={t('rules.asksAdd')}
          value=""
          onChange={(e) => e.target.value && setAsks([...asks, e.target.value])}
        >
          <option value="">{t('rules.asksAdd')}</option>
          {answerable
            .filter((f) => !asks.includes(f.name))
            .map((f) => (
              <option key={f.name} value={f.name}>
                {text(f.label)}
              </option>
            ))}
        </select>
      </div>
    </div>
  );
});
