import { useI18n } from '../../i18n/useI18n';
import { useWords } from '../../shared/vocabulary';
import { formatCountdown } from '../../shared/time-format';
import { urgencyAt } from './queue-order';
import type { TicketView } from '@frontstage/engine';

/** Class, at-risk and overdue badges, and a live countdown to the next breach. */
export function UrgencyBadges({ ticket, now }: { ticket: TicketView; now: number }) {
  const { t } = useI18n();
  const words = useWords();
  const urgency = urgencyAt(ticket, now);
  const left = ticket.nextBreach ? Date.parse(ticket.nextBreach) - now : null;
  return (
    <span className="urgency">
      <span className={`badge-class class-${ticket.class}`}>{t(`class.${ticket.class}`)}</span>
      {urgency === 'overdue' && <span className="badge-urgency is-overdue">{t('queue.overdue')}</span>}
      {urgency === 'at-risk' && <span className="badge-urgency is-risk">{t('queue.atRisk')}</span>}
      {ticket.escalatedTo.length > 0 && (
        <span className="badge-urgency is-escalated" title={ticket.escalatedTo.map(words.role).join('、')}>
          ↑ {ticket.escalatedTo.map(words.role).join('、')}
        </span>
      )}
      {left !== null && ticket.status === 'open' && (
        <span className={`countdown is-${urgency}`} data-testid="countdown" title={t('queue.nextBreach')}>
          ◷ {formatCountdown(left)}
        </span>
      )}
    </span>
  );
}
