import { memo, useState } from 'react';
import type { ResidentAction, ResidentTicket } from '@frontstage/engine';
import { api } from './resident-api.js';
import { pick, type Lang, type Words } from './resident-words.js';

/** The customer's own step: confirm the work is done, or say it is not fixed (with what is wrong). */
export const AnswerPanel = memo(function AnswerPanel({
  ticket,
  actions,
  words,
  lang,
  onDone,
}: {
  ticket: ResidentTicket;
  actions: ResidentAction[];
  words: Words;
  lang: Lang;
  onDone: (ticket: ResidentTicket) => void;
}) {
  const [reasonFor, setReasonFor] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const send = async (event: string, withReason?: string) => {
    setBusy(true);
    setFailed(false);
    try {
      onDone(
        await api<ResidentTicket>('POST', `/api/residents/tickets/${ticket.id}/answer`, {
          event,
          ...(withReason ? { reason: withReason } : {}),
          expectedVersion: ticket.version,
        }),
      );
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="r-card r-actions">
      <div className="r-row r-wrap">
        {actions.map((a) => (
          <button
            key={a.event}
            type="button"
            className={a.kind === 'confirm' ? 'r-primary' : 'r-secondary'}
            disabled={busy}
            onClick={() => (a.kind === 'not_fixed' ? setReasonFor(a.event) : void send(a.event))}
          >
            {pick(a.label, lang)}
          </button>
        ))}
      </div>
      {reasonFor ? (
        <div className="r-form">
          <label>
            {words.notFixedReason}
            <textarea name="reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button
            type="button"
            className="r-primary"
            disabled={busy || reason.trim() === ''}
            onClick={() => void send(reasonFor, reason)}
          >
            {words.submit}
          </button>
        </div>
      ) : null}
      {failed ? <p className="r-note">{words.error}</p> : null}
    </section>
  );
});
