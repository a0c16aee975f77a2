import { useWords } from '../../shared/vocabulary';
import type { ApiClient } from '../../api/client';
import { useI18n } from '../../i18n/useI18n';
import { EventAction } from './EventAction';
import type { TicketDetail } from '@frontstage/engine';

/** What the user may do now, each with the data it needs; and whose turn it is otherwise. */
export function TicketActions({
  api,
  ticket,
  stepLabel,
  onDone,
  onStale,
}: {
  api: ApiClient;
  ticket: TicketDetail;
  stepLabel: (id: string) => string;
  onDone: (next: TicketDetail) => void;
  onStale: () => void;
}) {
  const { t, text } = useI18n();
  const words = useWords();
  const mine = ticket.allowedEvents.filter((e) => e.mine);
  const others = ticket.allowedEvents.filter((e) => !e.mine);
  return (
    <section className="panel-box ticket-actions" data-testid="ticket-actions">
      <h3>{t('ticket.actions')}</h3>
      {ticket.status === 'closed' && <p className="hint">{t('sim.closed')}</p>}
      {ticket.status === 'open' && mine.length === 0 && (
        <p className="hint" data-testid="not-your-turn">
          {t('ticket.waitingFor', { roles: ticket.assignment?.roles.map(words.role).join('、') ?? '—' })}
        </p>
      )}
      {mine.map((event) => (
        <EventAction
          key={`${ticket.version}-${event.type}`}
          api={api}
          ticket={ticket}
          event={event}
          title={event.label ? text(event.label) : t('ticket.complete', { step: stepLabel(ticket.state) })}
          onDone={onDone}
          onStale={onStale}
        />
      ))}
      {others.length > 0 && (
        <ul className="others muted">
          {others.map((e) => (
            <li key={e.type}>
              {e.label ? text(e.label) : words.event(e.type)}: {e.roles.map(words.role).join('、')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
