import { useI18n } from '../i18n/useI18n';
import type { TicketView } from '@frontstage/engine';

/** New emergencies that arrived while the console was open, until opened or dismissed. */
export function AlarmBanner({
  alerts,
  onOpen,
  onDismiss,
}: {
  alerts: readonly TicketView[];
  onOpen: (id: string) => void;
  onDismiss: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="alarm-area">
      {alerts.map((ticket) => (
        <div
          key={ticket.id}
          className="alarm"
          role="alert"
          data-testid="emergency-alert"
          data-ticket={ticket.id}
        >
          <strong>⚠ {t('alarm.title')}</strong>
          <span>
            {typeof ticket.facts.description === 'string' ? ticket.facts.description : ticket.blueprint.key}
          </span>
          <button type="button" className="primary small" onClick={() => onOpen(ticket.id)}>
            {t('alarm.open')}
          </button>
          <button
            type="button"
            className="link"
            onClick={() => onDismiss(ticket.id)}
            aria-label={t('common.close')}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
