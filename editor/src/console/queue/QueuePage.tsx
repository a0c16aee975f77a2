import { useCallback, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import { useNow } from '../../shared/useNow';
import { QueueFilters } from './QueueFilters';
import { QueueList } from './QueueList';
import { useQueue } from './useQueue';
import type { TicketChange } from '@frontstage/engine';
import type { TicketQuery } from '../../api/filters';

const INITIAL: TicketQuery = { status: 'open', sort: 'urgency', limit: 100 };

/** The work queue: tickets by urgency, emergencies on top, filters, live through the stream. */
export function QueuePage({
  api,
  change,
  onOpen,
}: {
  api: ApiClient | null;
  change: TicketChange | null;
  onOpen: (id: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [query, setQuery] = useState<TicketQuery>(INITIAL);
  const onChange = useCallback((q: TicketQuery) => setQuery(q), []);
  const queue = useQueue(api, query, change);
  const now = useNow();
  const emergencies = queue.items.filter((x) => x.class === 'emergency' && x.status === 'open').length;
  return (
    <section className="queue-page" aria-label={t('console.queue')}>
      <QueueFilters query={query} onChange={onChange} />
      <div className="queue-summary" data-testid="queue-summary">
        {t('queue.count', { count: queue.total })}
        {emergencies > 0 && (
          <span className="badge-class class-emergency">
            {t('queue.emergencies', { count: emergencies })}
          </span>
        )}
        <button type="button" className="link" onClick={queue.reload}>
          ⟳ {t('queue.refresh')}
        </button>
      </div>
      {queue.error !== null && (
        <p className="error-text" role="alert">
          {describeError(queue.error, i18n)}
        </p>
      )}
      {!queue.loading && queue.items.length === 0 ? (
        <p className="placeholder">{t('queue.empty')}</p>
      ) : (
        <QueueList items={queue.items} now={now} onOpen={onOpen} testId="queue" />
      )}
    </section>
  );
}
