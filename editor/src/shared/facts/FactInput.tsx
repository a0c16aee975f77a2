import type { FactDeclaration } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import type { Tri } from './fact-values';
import { TriToggle } from './TriToggle';

/**
 * One declared fact as the input its type asks for: a choice as a list of its options, yes/no as
 * a three-way toggle (yes, no, not said), text as a box, a number as a number. Intake and the
 * simulator's starting facts use this same input, so a fact is asked for the same way in both.
 */
export function FactInput({
  fact,
  value,
  onChange,
  prefix,
  label,
  derived,
}: {
  fact: FactDeclaration;
  value: string;
  onChange: (value: string) => void;
  /** Names the input `<prefix>-<fact>` (yes/no toggles carry `data-fact=<fact>`). */
  prefix: string;
  /** Replaces the declared label (intake names some facts in its own words). */
  label?: string;
  /** A yes/no fact's value derived when none is said (intake's inHome): shown as the one in force. */
  derived?: Tri;
}) {
  const { text } = useI18n();
  const shown = label ?? (text(fact.label) || fact.name);
  const name = `${prefix}-${fact.name}`;
  if (fact.type === 'boolean')
    return (
      <TriToggle name={fact.name} label={shown} value={value as Tri} derived={derived} onChange={onChange} />
    );
  return (
    <label className="prop">
      <span>{shown}</span>
      {fact.type === 'choice' ? (
        <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">—</option>
          {(fact.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {text(o.label)}
            </option>
          ))}
        </select>
      ) : fact.type === 'text' ? (
        <textarea name={name} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          name={name}
          type={fact.type === 'number' ? 'number' : 'text'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </label>
  );
}
