import { memo, useEffect, useState } from 'react';
import type { ResidentMe, ResidentTicketList } from '@frontstage/engine';
import { api } from './resident-api.js';
import type { ResidentRoute } from './resident-route.js';
import { pick, shortTime, type Lang, type Words } from './resident-words.js';

/** The resident's requests, newest first, and the way to report a new one. */
export const HomePage = memo(function HomePage({
  me,
  words,
  lang,
  go,
}: {
  me: ResidentMe;
  words: Words;
  lang: Lang;
  go: (route: ResidentRoute) => void;
}) {
  const [list, setList] = useState<ResidentTicketList['items'] | null>(null);
  useEffect(() => {
    api<ResidentTicketList>('GET', '/api/residents/tickets')
      .then((l) => setList(l.items))
      .catch(() => setList([]));
  }, []);
  return (
    <>
      <section className="r-hello">
        <span>{me.name ?? ''}</span>
        <span className="r-muted">{me.phone ?? ''}</span>
      </section>
      <button type="button" className="r-primary r-wide" onClick={() => go({ page: 'report' })}>
        {words.report}
      </button>
      <h2 className="r-h2">{words.myRequests}</h2>
      {list === null ? <p className="r-muted">…</p> : null}
      {list?.length === 0 ? <p className="r-muted">{words.none}</p> : null}
      <ul className="r-list">
        {list?.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              className="r-card r-ticket"
              onClick={() => go({ page: 'ticket', id: t.id })}
            >
              <span className="r-row">
                <strong className="r-grow">{t.description ?? pick(t.title, lang)}</strong>
                <span className={`r-chip r-${t.class}`}>{pick(t.classLabel, lang)}</span>
              </span>
              <span className="r-muted">
                {shortTime(t.createdAt, lang)} · {pick(t.now, lang)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
});
