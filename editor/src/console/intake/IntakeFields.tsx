import type { ReactNode } from 'react';
import type { Ruleset } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { FLAG_FACTS, type IntakeForm } from './intake-facts';
import { TriToggle } from './TriToggle';

type Choice = 'channel' | 'location' | 'type' | 'customerSegment';

/**
 * The intake form's inputs: who called, how, about what, where, and the facts the rules weigh. The
 * caller and the place are the estate's records, drawn by the page into their slots.
 */
export function IntakeFields({
  form,
  ruleset,
  caller,
  place,
  suggestions,
  question,
  onChange,
}: {
  form: IntakeForm;
  ruleset: Ruleset;
  caller: ReactNode;
  place: ReactNode;
  /** Facts the description suggests, under it, for the desk to confirm. */
  suggestions?: ReactNode;
  /** The question that decides the request, first among the facts to ask. */
  question?: ReactNode;
  onChange: (form: IntakeForm) => void;
}) {
  const { t, text } = useI18n();
  const fact = (name: string) => ruleset.facts?.find((f) => f.name === name);
  const set = <K extends keyof IntakeForm>(name: K, value: IntakeForm[K]) =>
    onChange({ ...form, [name]: value });
  const input = (name: 'previousComplaints', label: string, type = 'text') => (
    <label className="prop">
      <span>{label}</span>
      <input
        name={`intake-${name}`}
        type={type}
        value={form[name]}
        onChange={(e) => set(name, e.target.value)}
      />
    </label>
  );
  const choice = (name: Choice, fallback: string) => {
    const f = fact(name);
    return (
      <label className="prop">
        <span>{f ? text(f.label) : fallback}</span>
        <select name={`intake-${name}`} value={form[name]} onChange={(e) => set(name, e.target.value)}>
          <option value="">—</option>
          {(f?.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {text(o.label)}
            </option>
          ))}
        </select>
      </label>
    );
  };
  return (
    <div className="intake-fields">
      <fieldset>
        <legend>{t('intake.caller')}</legend>
        {choice('channel', t('intake.channel'))}
        {caller}
        {choice('customerSegment', t('intake.segment'))}
      </fieldset>
      <fieldset>
        <legend>{t('intake.request')}</legend>
        <label className="prop">
          <span>{t('intake.description')}</span>
          <textarea
            name="intake-description"
            rows={3}
            value={form.description}
            placeholder={t('intake.descriptionHint')}
            onChange={(e) => set('description', e.target.value)}
          />
        </label>
        {suggestions}
        {choice('type', t('intake.type'))}
        {place}
        {choice('location', t('intake.location'))}
        {input('previousComplaints', t('intake.previousComplaints'), 'number')}
      </fieldset>
      <fieldset className="intake-flags">
        <legend>{t('intake.facts')}</legend>
        {question}
        {FLAG_FACTS.map((name) => (
          <TriToggle
            key={name}
            name={name}
            label={text(fact(name)?.label) || name}
            value={form.flags[name]}
            onChange={(v) => set('flags', { ...form.flags, [name]: v })}
          />
        ))}
      </fieldset>
    </div>
  );
}
