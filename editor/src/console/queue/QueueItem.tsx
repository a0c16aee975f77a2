import { useI18n } from '../../i18n/useI18n';
import { useStepLabel } from '../../shared/useStepLabel';
import { UrgencyBadges } from './UrgencyBadges';
import type { TicketView } from '@frontstage/engine';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** One ticket in a queue: what happened where, where it stands now, and how long is left. */
export function QueueItem({
  ticket,
  now,
  onOpen,
}: {
  ticket: TicketView;
  now: number;
  onOpen: (id: string) => void;
}) {
  const { t } = useI18n();
  const stepLabel = useStepLabel(ticket.blueprint);
  const where = [str(ticket.facts.unit), str(ticket.facts.location)].filter(Boolean).join(' · ');
  return (
    <li
      className={`queue-item class-${ticket.class} ${ticket.status === 'closed' ? 'is-closed' : ''}`}
      data-ticket={ticket.id}
      data-class={ticket.class}
    >
      <button type="button" className="queue-open" onClick={() => onOpen(ticket.id)}>
        <span className="queue-main">
          <strong className="queue-what">{str(ticket.facts.description) || ticket.blueprint.key}</strong>
          <span className="muted">
            {where && `${where} · `}
            {str(ticket.facts.customerName)}
          </span>
        </span>
        <span className="queue-state">
          <span className="chip">{stepLabel(ticket.state)}</span>
          <span className="muted">
            {ticket.assignment?.roles.join(', ') ?? t('status.closed')} · {ticket.team ?? '—'}
          </span>
        </span>
        <UrgencyBadges ticket={ticket} now={now} />
      </button>
    </li>
  );
}
