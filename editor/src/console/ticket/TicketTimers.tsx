import { useI18n } from '../../i18n/useI18n';
import { useWords } from '../../shared/vocabulary';
import { formatCountdown, formatDateTime } from '../../shared/time-format';
import type { Text, TicketDetail } from '@frontstage/engine';

/**
 * The time standards running now, with their due times and time left, and the escalations so far;
 * where the step waits without one on purpose, that it does and why.
 */
export function TicketTimers({
  ticket,
  now,
  stepLabel,
  noDeadline,
}: {
  ticket: TicketDetail;
  now: number;
  stepLabel: (id: string) => string;
  /** Why the current step has no time standard, as its blueprint says. */
  noDeadline?: Text;
}) {
  const { t, text, locale } = useI18n();
  const words = useWords();
  const timers = [...ticket.timers].sort((a, b) => a.due.localeCompare(b.due));
  return (
    <section className="panel-box" data-testid="ticket-timers">
      <h3>{t('ticket.timeStandards')}</h3>
      {timers.length === 0 &&
        (noDeadline && ticket.status === 'open' ? (
          <p className="hint" data-testid="no-deadline">
            {t('ticket.noDeadline', { reason: text(noDeadline) })}
          </p>
        ) : (
          <p className="hint">{t('ticket.noTimers')}</p>
        ))}
      <ul className="timers">
        {timers.map((timer) => {
          const left = Date.parse(timer.due) - now;
          return (
            <li key={timer.id} className={`timer-${timer.kind} ${left < 0 ? 'is-past' : ''}`}>
              <span>
                {timer.kind === 'breach' ? '✖' : '⚠'} {t(`timer.${timer.kind}`)} · {stepLabel(timer.stepId)}
              </span>
              <span>
                {t('ticket.due')} {formatDateTime(timer.due, locale)} ·{' '}
                <strong>{formatCountdown(left)}</strong>
                {timer.escalateTo && ` → ${words.role(timer.escalateTo)}`}
              </span>
            </li>
          );
        })}
      </ul>
      {ticket.escalations.length > 0 && (
        <>
          <h4>{t('sim.escalations')}</h4>
          <ul className="timers">
            {ticket.escalations.map((x) => (
              <li key={x.timerId} className={`timer-${x.kind}`}>
                {x.kind === 'breach' ? '✖' : '⚠'} {stepLabel(x.stepId)} → {words.role(x.to)} ·{' '}
                {formatDateTime(x.at, locale)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
