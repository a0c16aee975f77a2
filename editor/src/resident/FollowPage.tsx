import { memo, useCallback, useEffect, useState } from 'react';
import type { ResidentTicket } from '@frontstage/engine';
import { api, watchChanges } from './resident-api.js';
import type { ResidentRoute } from './resident-route.js';
import { expectedText, pick, shortTime, type Lang, type Words } from './resident-words.js';
import { AnswerPanel } from './AnswerPanel.js';
import { QuotePanel } from './QuotePanel.js';
import { RatePanel } from './RatePanel.js';
import { Thumbnail } from './Thumbnail.js';

/** One request as its resident follows it: where it stands, the promised time, who is coming, the timeline, live. */
export const FollowPage = memo(function FollowPage({
  id,
  words,
  lang,
  go,
  tracking,
}: {
  id: string;
  words: Words;
  lang: Lang;
  go: (route: ResidentRoute) => void;
  tracking: boolean;
}) {
  const [ticket, setTicket] = useState<ResidentTicket | null>(null);
  const [missing, setMissing] = useState(false);
  const load = useCallback(() => {
    api<ResidentTicket>('GET', `/api/residents/tickets/${id}`)
      .then(setTicket)
      .catch(() => setMissing(true));
  }, [id]);

  useEffect(() => {
    load();
    return watchChanges((changed) => {
      if (changed === id) load();
    }, load);
  }, [id, load]);

  if (missing) return <p className="r-muted">{words.notFound}</p>;
  if (!ticket) return <p className="r-muted">…</p>;
  const expected = expectedText(ticket, lang);
  const rate = ticket.actions.find((a) => a.kind === 'rate');
  const accept = ticket.actions.find((a) => a.kind === 'accept_quote');
  const answers = ticket.actions.filter((a) => a.kind !== 'rate' && a.kind !== 'accept_quote');
  return (
    <div className="r-follow" data-ticket={ticket.id} data-version={ticket.version}>
      {tracking ? null : (
        <button type="button" className="r-link" onClick={() => go({ page: 'home' })}>
          ‹ {words.back}
        </button>
      )}
      <section className="r-card">
        <div className="r-row">
          <strong className="r-grow">{ticket.description ?? pick(ticket.title, lang)}</strong>
          <span className={`r-chip r-${ticket.class}`}>{pick(ticket.classLabel, lang)}</span>
        </div>
        <p className="r-muted">
          {pick(ticket.title, lang)}
          {ticket.place ? ` · ${ticket.place}` : ''}
        </p>
        {ticket.attachments.length ? (
          <div className="r-row r-wrap">
            {ticket.attachments.map((h) => (
              <Thumbnail key={h} hash={h} />
            ))}
          </div>
        ) : null}
      </section>
      <section className="r-card r-now">
        <span className="r-muted">{words.status}</span>
        <strong className="r-now-text">
          {ticket.status === 'closed' ? words.closed : pick(ticket.now, lang)}
        </strong>
        {expected ? <p className="r-expected">{expected}</p> : null}
        {ticket.visitor ? (
          <p className="r-visitor">
            {words.visitor}: {ticket.visitor.name}（{pick(ticket.visitor.role, lang)}）
          </p>
        ) : null}
        <span className="r-live">● {words.live}</span>
      </section>
      {accept && ticket.quote ? (
        <QuotePanel ticket={ticket} action={accept} words={words} onDone={setTicket} />
      ) : null}
      {answers.length ? (
        <AnswerPanel ticket={ticket} actions={answers} words={words} lang={lang} onDone={setTicket} />
      ) : null}
      {rate ? <RatePanel ticket={ticket} words={words} onDone={setTicket} /> : null}
      <h2 className="r-h2">{words.timeline}</h2>
      <ol className="r-timeline">
        {[...ticket.timeline].reverse().map((m) => (
          <li key={`${m.at}-${pick(m.step, 'en')}-${pick(m.happened, 'en')}`}>
            <span className="r-muted">{shortTime(m.at, lang)}</span>
            <strong>{pick(m.step, lang)}</strong>
            <span>{pick(m.happened, lang)}</span>
            {m.fields.map((f) => (
              <span key={pick(f.label, 'en')} className="r-muted">
                {pick(f.label, lang)}: {pick(f.text, lang)}
              </span>
            ))}
            {m.visitor ? (
              <span className="r-muted">
                {m.visitor.name}（{pick(m.visitor.role, lang)}）
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
});
