import { useI18n } from '../../i18n/useI18n';
import type { DerivedFact, TicketDetail } from '@frontstage/engine';
import { derivedReason } from '../../shared/facts/derived-reason';
import { useWords, type Words } from '../../shared/vocabulary';

const show = (words: Words, name: string, v: unknown) =>
  typeof v === 'string' ? words.value(name, v) : typeof v === 'boolean' ? (v ? '✓' : '✕') : JSON.stringify(v);

/**
 * The facts the request came in with, and the data recorded on the way. A fact intake derived
 * (the request said nothing of it) carries a small mark with the reason: the room, the area, the
 * complaints on record.
 */
export function TicketFacts({
  ticket,
  derived = [],
}: {
  ticket: TicketDetail;
  /** The facts intake derived, from the ticket's history. */
  derived?: readonly DerivedFact[];
}) {
  const { t } = useI18n();
  const words = useWords();
  const mark = (name: string) => {
    const fact = derived.find((d) => d.name === name);
    const reason = fact && derivedReason(fact, t);
    return (
      fact && (
        <small className="derived-mark" data-derived={name} title={reason ?? undefined}>
          <span className="chip">{t('ticket.derived')}</span> {reason}
        </small>
      )
    );
  };
  const rows = (values: Record<string, unknown>, facts: boolean) =>
    Object.entries(values).map(([k, v]) => (
      <div key={k} data-name={k}>
        <dt>{words.name(k)}</dt>
        <dd>
          {show(words, k, v)}
          {facts && mark(k)}
        </dd>
      </div>
    ));
  const data = Object.entries(ticket.data);
  return (
    <section className="panel-box" data-testid="ticket-facts">
      <h3>{t('ticket.facts')}</h3>
      <dl className="facts">{rows(ticket.facts, true)}</dl>
      {data.length > 0 && (
        <>
          <h4>{t('ticket.data')}</h4>
          <dl className="facts">{rows(ticket.data, false)}</dl>
        </>
      )}
    </section>
  );
}
