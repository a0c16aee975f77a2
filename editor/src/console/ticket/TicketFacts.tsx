import { useI18n } from '../../i18n/useI18n';
import type { TicketDetail } from '@frontstage/engine';
import { useWords, type Words } from '../../shared/vocabulary';

const show = (words: Words, name: string, v: unknown) =>
  typeof v === 'string' ? words.value(name, v) : typeof v === 'boolean' ? (v ? '✓' : '✕') : JSON.stringify(v);

/** The facts the request came in with, and the data recorded on the way. */
export function TicketFacts({ ticket }: { ticket: TicketDetail }) {
  const { t } = useI18n();
  const words = useWords();
  const rows = (values: Record<string, unknown>) =>
    Object.entries(values).map(([k, v]) => (
      <div key={k} data-name={k}>
        <dt>{words.name(k)}</dt>
        <dd>{show(words, k, v)}</dd>
      </div>
    ));
  const data = Object.entries(ticket.data);
  return (
    <section className="panel-box" data-testid="ticket-facts">
      <h3>{t('ticket.facts')}</h3>
      <dl className="facts">{rows(ticket.facts)}</dl>
      {data.length > 0 && (
        <>
          <h4>{t('ticket.data')}</h4>
          <dl className="facts">{rows(ticket.data)}</dl>
        </>
      )}
    </section>
  );
}
