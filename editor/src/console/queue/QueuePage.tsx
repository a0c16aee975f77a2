import { Fragment, useCallback, useMemo, useState } from 'react';
import type { Params } from '../../app/route';
import type { Site, SiteScope } from '@frontstage/engine';
import type { ApiClient } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import { siteName, spansSites } from '../../shared/site-scope';
import { useNow } from '../../shared/useNow';
import { QueueFilters } from './QueueFilters';
import { QueueList } from './QueueList';
import { splitQueue } from './queue-order';
import { INITIAL_QUEUE, paramsOfQueue, queueOfParams } from './queue-params';
import { useQueue } from './useQueue';
import type { TicketChange } from '@frontstage/engine';
import type { TicketQuery } from '../../api/filters';

/**
 * The work queue: tickets by urgency, emergencies on top, filters, live through the stream; for
 * users of several sites, a site filter and each ticket's site.
 */
export function QueuePage({
  api,
  change,
  sites = null,
  scope,
  jobRole,
  params,
  onParams,
  onOpen,
}: {
  api: ApiClient | null;
  change: TicketChange | null;
  sites?: Site[] | null;
  scope?: SiteScope;
  /** The role blueprints route work to: its tickets are listed first, as "waiting on me". */
  jobRole?: string;
  /** The filters in the address, when the page has one: the queue then reads and writes them there. */
  params?: Params;
  onParams?: (params: Params) => void;
  onOpen: (id: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [own, setOwn] = useState<TicketQuery>(INITIAL_QUEUE);
  const linked = useMemo(() => queueOfParams(params), [params]);
  const query = onParams ? linked : own;
  const onChange = useCallback(
    (q: TicketQuery) => (onParams ? onParams(paramsOfQueue(q)) : setOwn(q)),
    [onParams],
  );
  const queue = useQueue(api, query, change);
  const now = useNow();
  const several = spansSites(scope, sites);
  const nameOf = useCallback((id: string) => siteName(sites, id), [sites]);
  const parts = splitQueue(queue.items, jobRole ?? '');
  const emergencies = queue.items.filter((x) => x.class === 'emergency' && x.status === 'open').length;
  return (
    <section className="queue-page" aria-label={t('console.queue')}>
      <QueueFilters query={query} sites={several ? (sites ?? []) : undefined} onChange={onChange} />
      <div className="queue-summary" data-testid="queue-summary">
        {t(queue.totalIsLowerBound ? 'queue.countAtLeast' : 'queue.count', { count: queue.total })}
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
        <div data-testid="queue">
          {jobRole ? (
            (['mine', 'others'] as const).map((part) => (
              <Fragment key={part}>
                <h3 className="queue-part">
                  {t(`queue.${part}`)} ({parts[part].length})
                </h3>
                <QueueList
                  items={parts[part]}
                  now={now}
                  siteName={several ? nameOf : undefined}
                  onOpen={onOpen}
                  testId={`queue-${part}`}
                />
              </Fragment>
            ))
          ) : (
            <QueueList
              items={queue.items}
              now={now}
              siteName={several ? nameOf : undefined}
              onOpen={onOpen}
            />
          )}
        </div>
      )}
    </section>
  );
}
