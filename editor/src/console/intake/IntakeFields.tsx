import type { ReactNode } from 'react';
import type { FactDeclaration, Ruleset } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { FLAG_FACTS, type IntakeForm, type Tri } from './intake-facts';
import { FactInput } from '../../shared/facts/FactInput';

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
  onChange,
}: {
  form: IntakeForm;
  ruleset: Ruleset;
  caller: ReactNode;
  place: ReactNode;
  onChange: (form: IntakeForm) => void;
}) {
  const { t, text } = useI18n();
  const fact = (name: string) => ruleset.facts?.find((f) => f.name === name);
  const set = <K extends keyof IntakeForm>(name: K, value: IntakeForm[K]) =>
    onChange({ ...form, [name]: value });
  // The rules' own declaration of a fact; one the ruleset does not declare is still asked for, by type.
  const declared = (name: string, type: FactDeclaration['type'], label: string): FactDeclaration =>
    fact(name) ?? { name, type, label: { 'zh-CN': label, en: label } };
  const input = (name: 'previousComplaints', label: string) => (
    <FactInput
      prefix="intake"
      fact={{ ...declared(name, 'number', label), type: 'number' }}
      label={label}
      value={form[name]}
      onChange={(v) => set(name, v)}
    />
  );
  const choice = (name: Choice, fallback: string) => {
    const f = fact(name);
    return (
      <FactInput
        prefix="intake"
        fact={{ ...declared(name, 'choice', fallback), type: 'choice' }}
        label={f ? text(f.label) : fallback}
        value={form[name]}
        onChange={(v) => set(name, v)}
      />
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
        {choice('type', t('intake.type'))}
        {place}
        {choice('location', t('intake.location'))}
        {input('previousComplaints', t('intake.previousComplaints'))}
      </fieldset>
      <fieldset className="intake-flags">
        <legend>{t('intake.facts')}</legend>
        {FLAG_FACTS.map((name) => (
          <FactInput
            key={name}
            prefix="intake"
            fact={{ ...declared(name, 'boolean', name), type: 'boolean' }}
            label={text(fact(name)?.label) || name}
            value={form.flags[name]}
            onChange={(v) => set('flags', { ...form.flags, [name]: v as Tri })}
          />
        ))}
      </fieldset>
    </div>
  );
}
