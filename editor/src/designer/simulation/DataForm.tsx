import { useState } from 'react';
import type { AllowedEvent, JsonValue } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { DataFields } from '../../shared/DataFields';
import { dataOf } from '../../shared/data-values';
import { useWords } from '../../shared/vocabulary';

/** One allowed event: its button, and the data it asks for. */
export function DataForm({
  event,
  onSend,
}: {
  event: AllowedEvent;
  onSend: (data: Record<string, JsonValue>) => void;
}) {
  const { t, text } = useI18n();
  const words = useWords();
  const roles = event.roles.map(words.role).join('、');
  const [values, setValues] = useState<Record<string, string>>({});
  return (
    <div className={`sim-event ${event.mine ? '' : 'not-mine'}`}>
      <DataFields fields={event.fields} values={values} onChange={setValues} />
      <button
        type="button"
        className={event.mine ? 'primary' : ''}
        data-event={event.type}
        onClick={() => onSend(dataOf(event.fields, values))}
        title={roles}
      >
        {event.label ? text(event.label) : words.event(event.type)}
      </button>
      <span className="sim-event-roles">
        {roles}
        {!event.mine && ` — ${t('sim.notAllowed')}`}
      </span>
    </div>
  );
}
