import type { Field } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';
import { isScore } from './data-values';

// The browser's own input kinds, so a phone gets a phone keypad and a date a date picker.
const INPUT_TYPES: Partial<Record<Field['type'], string>> = {
  integer: 'number',
  number: 'number',
  phone: 'tel',
  date: 'date',
};

const YES_NO = [
  { value: 'true', label: { 'zh-CN': '是', en: 'Yes' } },
  { value: 'false', label: { 'zh-CN': '否', en: 'No' } },
];

/** A score picked from a row of buttons (a satisfaction of 1 to 5 at the callback). */
function ScoreInput({
  field,
  value,
  onChange,
}: {
  field: Field;
  value: string;
  onChange: (v: string) => void;
}) {
  const { text } = useI18n();
  const scores: number[] = [];
  for (let n = field.min!; n <= field.max!; n++) scores.push(n);
  return (
    <div className="score-input" role="radiogroup" aria-label={text(field.label)} data-score={field.name}>
      {scores.map((n) => (
        <button
          key={n}
          type="button"
          role="radio"
          aria-checked={value === String(n)}
          className={value === String(n) ? 'is-on' : ''}
          onClick={() => onChange(String(n))}
          data-score-value={n}
        >
          {n}
        </button>
      ))}
    </div>
  );
}

/** The inputs for the data an event asks for; with `scores`, short whole-number ranges are buttons. */
export function DataFields({
  fields,
  values,
  onChange,
  scores = false,
  filled,
  errors,
}: {
  fields: readonly Field[];
  values: Readonly<Record<string, string>>;
  onChange: (values: Record<string, string>) => void;
  scores?: boolean;
  /** Fields whose value came from the ticket (prefill): marked, so the user checks rather than types. */
  filled?: ReadonlySet<string>;
  /** What is wrong with a field's value, shown under it. */
  errors?: Readonly<Record<string, string>>;
}) {
  const { t, text } = useI18n();
  // A date of when something happened cannot be picked after today (the engine refuses it too).
  const today = localDay(new Date());
  const set = (name: string, value: string) => onChange({ ...values, [name]: value });
  return (
    <>
      {fields.map((f) => {
        const asScore = scores && isScore(f);
        // A row of score buttons is named by its radiogroup; a <label> around it would label (and
        // click) only the first button, so a score field sits in a plain box instead.
        const Box = asScore ? 'div' : 'label';
        return (
          <Box key={f.name} className="prop">
            <span>
              {text(f.label)}
              {f.required !== false && <em className="required-mark"> *</em>}
              {filled?.has(f.name) && (
                <small className="prefilled-mark" data-prefilled={f.name}>
                  {' '}
                  · {t('form.prefilled')}
                </small>
              )}
            </span>
            {asScore ? (
              <ScoreInput field={f} value={values[f.name] ?? ''} onChange={(v) => set(f.name, v)} />
            ) : f.type === 'choice' || f.type === 'boolean' ? (
              <select
                name={`data-${f.name}`}
                value={values[f.name] ?? ''}
                onChange={(e) => set(f.name, e.target.value)}
              >
                <option value="" />
                {(f.type === 'boolean' ? YES_NO : (f.options ?? [])).map((o) => (
                  <option key={o.value} value={o.value}>
                    {text(o.label)}
                  </option>
                ))}
              </select>
            ) : f.type === 'text' ? (
              <textarea
                name={`data-${f.name}`}
                maxLength={f.maxLength}
                value={values[f.name] ?? ''}
                onChange={(e) => set(f.name, e.target.value)}
              />
            ) : (
              <input
                name={`data-${f.name}`}
                type={INPUT_TYPES[f.type] ?? 'text'}
                min={f.min}
                max={f.type === 'date' && f.past ? today : f.max}
                aria-invalid={errors?.[f.name] ? true : undefined}
                value={values[f.name] ?? ''}
                onChange={(e) => set(f.name, e.target.value)}
              />
            )}
            {errors?.[f.name] && (
              <small className="error-text field-error" data-field-error={f.name}>
                {errors[f.name]}
              </small>
            )}
          </Box>
        );
      })}
    </>
  );
}

/** A day as YYYY-MM-DD in the browser's own time zone (what a date input shows). */
function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
