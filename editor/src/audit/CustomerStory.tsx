import { memo } from 'react';
import type { CustomerMoment } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';
import { formatDateTime } from '../shared/time-format';

/**
 * A ticket as its customer met it: the engine's customer view (steps above the line of
 * visibility, customer-visible fields only), in the reader's language. The auditor checks here
 * what residents are shown; the resident page tells the same story.
 */
export const CustomerStory = memo(function CustomerStory({
  moments,
}: {
  moments: readonly CustomerMoment[];
}) {
  const { t, text, locale } = useI18n();
  if (moments.length === 0) return <p className="placeholder">{t('audit.customerEmpty')}</p>;
  return (
    <ol className="timeline customer-story" data-testid="customer-story">
      {moments.map((m) => (
        <li key={m.seq} className="timeline-entry customer-moment" data-moment={m.seq}>
          <div className="timeline-head">
            <strong className="timeline-event">{text(m.step)}</strong>
            <span>{text(m.happened)}</span>
            {m.actor && (
              <span className="timeline-actor">
                {text(m.actor.role)} <span data-username>{m.actor.id}</span>
              </span>
            )}
            <time className="muted" dateTime={m.at}>
              {formatDateTime(m.at, locale)}
            </time>
          </div>
          {m.fields.length > 0 && (
            <dl className="timeline-data">
              {m.fields.map((f, i) => (
                <div key={i}>
                  <dt>{text(f.label)}</dt>
                  <dd>{text(f.text)}</dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
});
