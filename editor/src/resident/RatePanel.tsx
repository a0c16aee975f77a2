import { memo, useState } from 'react';
import type { ResidentTicket } from '@frontstage/engine';
import { api } from './resident-api.js';
import type { Words } from './resident-words.js';

/** 1-5 stars; a score of 3 or less asks why before it is sent. */
export const RatePanel = memo(function RatePanel({
  ticket,
  words,
  onDone,
}: {
  ticket: ResidentTicket;
  words: Words;
  onDone: (ticket: ResidentTicket) => void;
}) {
  const [stars, setStars] = useState(0);
  const [reasons, setReasons] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const low = stars > 0 && stars <= 3;
  const ready = stars > 0 && (!low || reasons.length > 0 || comment.trim() !== '');
  const toggle = (r: string) => setReasons((rs) => (rs.includes(r) ? rs.filter((x) => x !== r) : [...rs, r]));
  const send = async () => {
    setBusy(true);
    setFailed(false);
    try {
      onDone(
        await api<ResidentTicket>('POST', `/api/residents/tickets/${ticket.id}/rating`, {
          stars,
          reasons: low ? reasons : [],
          ...(comment.trim() ? { comment: comment.trim() } : {}),
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
    <section className="r-card r-form r-rate">
      <strong>{words.rate}</strong>
      <div className="r-stars" role="radiogroup" aria-label={words.rate}>
        {[1, 2, 3, 4, 5].map((n) => (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={stars === n}
            aria-label={words.stars(n)}
            className={n <= stars ? 'r-star r-on' : 'r-star'}
            onClick={() => setStars(n)}
          >
            ★
          </button>
        ))}
      </div>
      {low ? (
        <fieldset className="r-reasons">
          <legend>{words.reasons}</legend>
          {words.reasonOptions.map((r) => (
            <label key={r} className={reasons.includes(r) ? 'r-chip r-picked' : 'r-chip'}>
              <input type="checkbox" hidden checked={reasons.includes(r)} onChange={() => toggle(r)} />
              {r}
            </label>
          ))}
        </fieldset>
      ) : null}
      {stars > 0 ? (
        <label>
          {words.comment}
          <textarea
            name="comment"
            rows={2}
            maxLength={400}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </label>
      ) : null}
      <button type="button" className="r-primary" disabled={!ready || busy} onClick={() => void send()}>
        {words.sendRating}
      </button>
      {failed ? <p className="r-note">{words.error}</p> : null}
    </section>
  );
});
