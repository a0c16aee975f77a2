import type { ReactNode } from 'react';
import type { DerivedFact, FactDeclaration, Ruleset } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { FLAG_FACTS, type IntakeForm, type Tri } from './intake-facts';
import { DerivedNote } from './DerivedNote';
import { FactInput } from '../../shared/facts/FactInput';
import type { LocationOption } from './useSiteLocations';

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
  locations = null,
  derived = [],
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
  /** The site's locations (its common areas' kinds); null: the ruleset's list until they are known. */
  locations?: LocationOption[] | null;
  /** What the server derives for the request, shown beside the facts it sets. */
  derived?: readonly DerivedFact[];
  onChange: (form: IntakeForm) => void;
}) {
  const { t, text } = useI18n();
  const fact = (name: string) => ruleset.facts?.find((f) => f.name === name);
  const derivedOf = (name: DerivedFact['name']) => derived.find((d) => d.name === name);
  // What the estate says of inside-a-home is the value in force while the desk says nothing.
  const inHome = derivedOf('inHome');
  const derivedTri = (name: string): Tri =>
    name === 'inHome' && inHome?.name === 'inHome' ? (inHome.derived ? 'yes' : 'no') : '';
  const complaints = derived.find(
    (d): d is Extract<DerivedFact, { name: 'previousComplaints' }> => d.name === 'previousComplaints',
  );
  const set = <K extends keyof IntakeForm>(name: K, value: IntakeForm[K]) =>
    onChange({ ...form, [name]: value });
  // The rules' own declaration of a fact; one the ruleset does not declare is still asked for, by type.
  const declared = (name: string, type: FactDeclaration['type'], label: string): FactDeclaration =>
    fact(name) ?? { name, type, label: { 'zh-CN': label, en: label } };
  const choice = (name: Choice, fallback: string) => {
    const f = fact(name);
    const options = name === 'location' && locations ? locations : (f?.options ?? []);
    return (
      <FactInput
        prefix="intake"
        fact={{ ...declared(name, 'choice', fallback), type: 'choice', options }}
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
        {suggestions}
        {choice('type', t('intake.type'))}
        {place}
        {choice('location', t('intake.location'))}
        <label className="prop">
          <span>{t('intake.previousComplaints')}</span>
          {/* The count is the history's; the desk only adds complaints the system never saw. */}
          <input
            name="intake-previousComplaints"
            type="number"
            min={complaints?.derived ?? 0}
            placeholder={complaints ? String(complaints.derived) : ''}
            title={complaints ? t('intake.derivedComplaintsMore', { count: complaints.derived }) : undefined}
            value={form.previousComplaints}
            onChange={(e) => set('previousComplaints', e.target.value)}
          />
          <DerivedNote fact={complaints} />
        </label>
      </fieldset>
      <fieldset className="intake-flags">
        <legend>{t('intake.facts')}</legend>
        {question}
        {FLAG_FACTS.map((name) => (
          <div key={name} className="intake-flag">
            <FactInput
              prefix="intake"
              fact={{ ...declared(name, 'boolean', name), type: 'boolean' }}
              label={text(fact(name)?.label) || name}
              value={form.flags[name]}
              derived={derivedTri(name)}
              onChange={(v) => set('flags', { ...form.flags, [name]: v as Tri })}
            />
            {name === 'inHome' && <DerivedNote fact={derivedOf('inHome')} />}
          </div>
        ))}
      </fieldset>
    </div>
  );
}
