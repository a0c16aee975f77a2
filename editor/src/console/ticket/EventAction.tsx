import { useMemo, useRef, useState } from 'react';
import { useWords } from '../../shared/vocabulary';
import { checkRequiredData } from '@frontstage/engine';
import { ApiError, type ApiClient } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import { DataFields } from '../../shared/DataFields';
import { dataOf } from '../../shared/data-values';
import { newKey } from '../../shared/idempotency';
import { prefilledInputs } from './prefill-values';
import type { CallerEvent, TicketDetail } from '@frontstage/engine';

/**
 * One action the user may take now: the data it asks for, checked by the engine's own rules
 * before it is sent, and the API's answer: a conflict reloads the ticket and says so; a refusal
 * shows the engine's reason in the user's language.
 */
export function EventAction({
  api,
  ticket,
  event,
  title,
  onDone,
  onStale,
}: {
  api: ApiClient;
  ticket: TicketDetail;
  event: CallerEvent;
  /** What the action does, in words: the flow's label, or completing the current step. */
  title: string;
  onDone: (next: TicketDetail) => void;
  onStale: () => void;
}) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const words = useWords();
  // What the ticket already knows fills the form (the blueprint says from where); all of it editable.
  const initial = useMemo(() => prefilledInputs(event.fields, ticket), [event.fields, ticket]);
  const [values, setValues] = useState<Record<string, string>>(initial);
  const filled = useMemo(() => new Set(Object.keys(initial)), [initial]);
  const [problems, setProblems] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const send = async () => {
    const data = dataOf(event.fields, values);
    // With the time now, a date of when something happened that lies ahead is refused here already.
    const issues = checkRequiredData(event.fields, data, new Date().toISOString());
    const known = new Set(event.fields.map((f) => f.name));
    setFieldErrors(
      Object.fromEntries(issues.filter((i) => known.has(i.field)).map((i) => [i.field, text(i.message)])),
    );
    setProblems(issues.map((i) => text(i.message)));
    if (issues.length > 0) return;
    const command = {
      type: event.type,
      ...(event.fields.length ? { data } : {}),
      expectedVersion: ticket.version,
    };
    const body = JSON.stringify(command);
    if (attempt.current?.body !== body) attempt.current = { key: newKey(), body };
    setBusy(true);
    try {
      const next = await api.sendEvent(ticket.id, command, attempt.current.key);
      attempt.current = null;
      setValues({});
      onDone(next);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.body?.error === 'version_conflict') {
        setProblems([t('ticket.conflict')]);
        attempt.current = null;
        onStale();
      } else setProblems([describeError(e, i18n)]);
    } finally {
      setBusy(false);
    }
  };
  const chip = event.onBehalfOf === 'customer' && (
    <span className="chip for-customer" data-testid="for-customer">
      {t('ticket.forCustomer')}
    </span>
  );
  return (
    <div className="ticket-action" data-action-event={event.type}>
      {event.fields.length > 0 && (
        <div className="ticket-action-head">
          <strong>{title}</strong>
          {chip}
        </div>
      )}
      <DataFields
        fields={event.fields}
        values={values}
        onChange={setValues}
        scores
        filled={filled}
        errors={fieldErrors}
      />
      {problems.length > 0 && (
        <ul className="error-text" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="ticket-action-send">
        <button
          type="button"
          className="primary"
          disabled={busy}
          data-event={event.type}
          onClick={() => void send()}
        >
          {event.fields.length > 0 ? t('ticket.send') : title}
          {words.event(event.type) !== title && <span className="event-name">{words.event(event.type)}</span>}
        </button>
        {event.fields.length === 0 && chip}
      </div>
    </div>
  );
}
