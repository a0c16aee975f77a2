import { useI18n } from '../../i18n/useI18n';
import { useWords } from '../../shared/vocabulary';
import { useStepLabel } from '../../shared/useStepLabel';
import { UrgencyBadges } from './UrgencyBadges';
import type { TicketView } from '@frontstage/engine';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * One ticket in a queue: what happened and for whom, where (the unit or area, and the site when the
 * user sees several), where it stands now, and how long is left.
 */
export function QueueItem({
  ticket,
  now,
  siteName,
  onOpen,
}: {
  ticket: TicketView;
  now: number;
  /** Names the ticket's site; absent when the user works at one site only. */
  siteName?: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  const { t } = useI18n();
  const words = useWords();
  const stepLabel = useStepLabel(ticket.blueprint);
  // The recorded place; tickets from before the estate only have the text intake typed.
  const where =
    ticket.location?.code ?? (str(ticket.facts.unit) || words.value('location', str(ticket.facts.location)));
  return (
    <li
      className={`queue-item class-${ticket.class} ${ticket.status === 'closed' ? 'is-closed' : ''}`}
      data-ticket={ticket.id}
      data-class={ticket.class}
    >
      <button type="button" className="queue-open" onClick={() => onOpen(ticket.id)}>
        <span className="queue-main">
          <strong className="queue-what">
            {str(ticket.facts.description) || words.blueprint(ticket.blueprint.key)}
          </strong>
          {/* The caller as the API shows them to this user: the phone masked for who does not call customers. */}
          <span className="muted" data-testid="queue-caller">
            {ticket.caller
              ? `${ticket.caller.name} · ${ticket.caller.phone}`
              : str(ticket.facts.customerName)}
          </span>
        </span>
        <span className="queue-where" data-testid="queue-where">
          <span>{where || '—'}</span>
          {siteName && ticket.site && <span className="muted">{siteName(ticket.site)}</span>}
        </span>
        <span className="queue-state">
          <span className="chip">{stepLabel(ticket.state)}</span>
          <span className="muted">
            {ticket.assignment?.roles.map(words.role).join('、') ?? t('status.closed')} ·{' '}
            {ticket.team ? words.team(ticket.team) : '—'}
          </span>
        </span>
        <UrgencyBadges ticket={ticket} now={now} />
      </button>
    </li>
  );
}
