import { useI18n } from '../../i18n/useI18n';
import { useWords } from '../../shared/vocabulary';
import { UrgencyBadges } from '../queue/UrgencyBadges';
import type { TicketDetail } from '@frontstage/engine';

/** What the ticket is and where it stands: class, priority, step, team, status, time left. */
export function TicketHeader({
  ticket,
  now,
  stepLabel,
  onBack,
}: {
  ticket: TicketDetail;
  now: number;
  stepLabel: (id: string) => string;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const words = useWords();
  const what =
    typeof ticket.facts.description === 'string'
      ? ticket.facts.description
      : words.blueprint(ticket.blueprint.key);
  return (
    <header
      className={`ticket-header class-${ticket.class}`}
      data-testid="ticket-header"
      data-state={ticket.state}
      data-status={ticket.status}
    >
      <button type="button" className="link" onClick={onBack} data-action="back">
        ← {t('console.queue')}
      </button>
      <h2>{what}</h2>
      <UrgencyBadges ticket={ticket} now={now} />
      <span className="chip">{t(`priority.${ticket.priority}` as 'priority.urgent')}</span>
      <span data-testid="ticket-state">
        {ticket.status === 'closed' ? t('status.closed') : `${t('sim.current')}: ${stepLabel(ticket.state)}`}
      </span>
      <span className="muted">
        {t('rules.team')}: {ticket.team ? words.team(ticket.team) : '—'} ·{' '}
        {words.blueprint(ticket.blueprint.key)} v{ticket.blueprint.version} · {t('ticket.version')}{' '}
        {ticket.version}
      </span>
    </header>
  );
}
