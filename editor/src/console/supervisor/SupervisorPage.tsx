import { useWords } from '../../shared/vocabulary';
import { useMemo } from 'react';
import type { ApiClient } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import { useNow } from '../../shared/useNow';
import { QueueList } from '../queue/QueueList';
import { useQueue } from '../queue/useQueue';
import { useWorkload } from './useWorkload';
import { WorkloadTable } from './WorkloadTable';
import type { TicketChange } from '@frontstage/engine';
import type { TicketQuery } from '../../api/filters';

/**
 * The supervisor's view: each team's workload, and the tickets escalated to them (their job role)
 * that wait for a decision. Reassignment is on the ticket page.
 */
export function SupervisorPage({
  api,
  jobRole,
  change,
  onOpen,
}: {
  api: ApiClient | null;
  jobRole: string;
  change: TicketChange | null;
  onOpen: (id: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const words = useWords();
  const workload = useWorkload(api, change);
  const query = useMemo<TicketQuery>(
    () => ({ status: 'open', sort: 'urgency', escalatedTo: jobRole, limit: 100 }),
    [jobRole],
  );
  const escalated = useQueue(api, query, change);
  const now = useNow();
  return (
    <section className="supervisor-page">
      <h2>{t('super.workload')}</h2>
      {workload.error !== null && <p className="error-text">{describeError(workload.error, i18n)}</p>}
      <WorkloadTable rows={workload.rows} />
      <h2>{t('super.escalated', { role: words.role(jobRole) })}</h2>
      {escalated.error !== null && <p className="error-text">{describeError(escalated.error, i18n)}</p>}
      {escalated.items.length === 0 ? (
        <p className="hint">{t('super.noEscalations')}</p>
      ) : (
        <QueueList items={escalated.items} now={now} onOpen={onOpen} testId="escalations" />
      )}
    </section>
  );
}
