import { useState } from 'react';
import type { AllowedEvent, Field, JsonValue } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';

function coerce(field: Field, raw: string): JsonValue | undefined {
  if (raw === '') return undefined;
  if (field.type === 'integer' || field.type === 'number') return Number(raw);
  if (field.type === 'boolean') return raw === 'true';
  return raw;
}

// The browser's own input kinds, so a phone gets a phone keypad and a date a date picker.
const INPUT_TYPES: Partial<Record<Field['type'], string>> = { integer: 'number', number: 'number', phone: 'tel', date: 'date' };

/** One allowed event: its button, and the data it asks for. */
export function DataForm({
  event,
  onSend,
}: {
  event: AllowedEvent;
  onSend: (data: Record<string, JsonValue>) => void;
}) {
  const { t, text } = useI18n();
  const [values, setValues] = useState<Record<string, string>>({});
  const submit = () => {
    const data: Record<string, JsonValue> = {};
    for (const f of event.fields) {
      const v = coerce(f, values[f.name] ?? '');
      if (v !== undefined) data[f.name] = v;
    }
    onSend(data);
  };
  return (
    <div className={`sim-event ${event.mine ? '' : 'not-mine'}`}>
      {event.fields.map((f) => (
        <label key={f.name} className="prop">
          <span>{text(f.label)}</span>
          {f.type === 'choice' || f.type === 'boolean' ? (
            <select
              name={`data-${f.name}`}
              value={values[f.name] ?? ''}
              onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
            >
              <option value="" />
              {(f.type === 'boolean'
                ? [
                    { value: 'true', label: { 'zh-CN': '是', en: 'Yes' } },
                    { value: 'false', label: { 'zh-CN': '否', en: 'No' } },
                  ]
                : (f.options ?? [])
              ).map((o) => (
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
              onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
            />
          ) : (
            <input
              name={`data-${f.name}`}
              type={INPUT_TYPES[f.type] ?? 'text'}
              min={f.min}
              max={f.max}
              value={values[f.name] ?? ''}
              onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
            />
          )}
        </label>
      ))}
      <button
        type="button"
        className={event.mine ? 'primary' : ''}
        data-event={event.type}
        onClick={submit}
        title={event.roles.join(', ')}
      >
        {event.label ? `${text(event.label)} · ` : ''}
        {event.type}
      </button>
      <span className="sim-event-roles">
        {event.roles.join(', ')}
        {!event.mine && ` — ${t('sim.notAllowed')}`}
      </span>
    </div>
  );
}
