import { useState, type FormEvent } from 'react';
import type { ApiClient } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import { formatDateTime } from '../../shared/time-format';
import type { TicketComment } from '@frontstage/engine';

/** Notes staff leave on the ticket (each one is audited), and a box to add one. */
export function TicketComments({
  api,
  ticketId,
  comments,
  canWrite,
  onAdded,
}: {
  api: ApiClient;
  ticketId: string;
  comments: readonly TicketComment[];
  canWrite: boolean;
  onAdded: () => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    setBusy(true);
    try {
      await api.addComment(ticketId, body.trim());
      setBody('');
      setError(null);
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel-box" data-testid="ticket-comments">
      <h3>{t('ticket.comments')}</h3>
      {comments.length === 0 && <p className="hint">{t('ticket.noComments')}</p>}
      <ul className="comments">
        {comments.map((c) => (
          <li key={c.id}>
            <span className="muted">
              {c.authorId} ({c.authorRole}) · {formatDateTime(c.at, locale)}
            </span>
            <p>{c.body}</p>
          </li>
        ))}
      </ul>
      {canWrite && (
        <form onSubmit={(e) => void add(e)} className="comment-form">
          <textarea
            name="comment"
            rows={2}
            value={body}
            aria-label={t('ticket.addComment')}
            placeholder={t('ticket.commentHint')}
            onChange={(e) => setBody(e.target.value)}
          />
          <button type="submit" disabled={busy || !body.trim()} data-action="add-comment">
            {t('ticket.addComment')}
          </button>
          {error !== null && <p className="error-text">{describeError(error, i18n)}</p>}
        </form>
      )}
    </section>
  );
}
