import { useEffect, useMemo, useState } from 'react';
import { useWords } from '../shared/vocabulary';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';
import { usePinnedBlueprint } from '../shared/usePinnedBlueprint';
import { CustomerStory } from './CustomerStory';
import { ReplayPanel } from './ReplayPanel';
import { Timeline } from './Timeline';
import { customerView, type AuditEntry, type ReplayVerdict, type TicketDetail } from '@frontstage/engine';

/** One ticket as the auditor reads it: the full timeline (or what the customer could see) and its replay. */
export function TicketAudit({
  api,
  ticketId,
  canReplayOnServer,
  onBack,
}: {
  api: ApiClient;
  ticketId: string;
  canReplayOnServer: boolean;
  onBack: () => void;
}) {
  const i18n = useI18n();
  const words = useWords();
  const { t } = i18n;
  const [history, setHistory] = useState<AuditEntry[]>([]);
  const [ticket, setTicket] = useState<TicketDetail | null>(null);
  const [verdict, setVerdict] = useState<ReplayVerdict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [customerOnly, setCustomerOnly] = useState(false);
  const [tab, setTab] = useState<'timeline' | 'replay'>('timeline');
  useEffect(() => {
    Promise.all([api.history(ticketId), api.ticket(ticketId)]).then(([h, tk]) => {
      setHistory(h);
      setTicket(tk);
    }, setError);
    if (canReplayOnServer) api.replayVerdict(ticketId).then(setVerdict, () => undefined);
  }, [api, ticketId, canReplayOnServer]);
  const { pinned } = usePinnedBlueprint(api, ticket?.blueprint);
  const blueprint = pinned?.version.blueprint;
  const story = useMemo(() => (blueprint ? customerView(history, blueprint) : []), [blueprint, history]);
  return (
    <section className="ticket-audit" data-testid="ticket-audit">
      <header className="ticket-header">
        <button type="button" className="link" onClick={onBack} data-action="back">
          ← {t('audit.search')}
        </button>
        <h2>
          {t('audit.ticket')} <code>{ticketId}</code>
        </h2>
        {ticket && (
          <span className="muted">
            {words.blueprint(ticket.blueprint.key)} v{ticket.blueprint.version} · {t(`class.${ticket.class}`)}{' '}
            · {ticket.team ? words.team(ticket.team) : '—'}
          </span>
        )}
      </header>
      {error !== null && <p className="error-text">{describeError(error, i18n)}</p>}
      <nav className="tabs" role="tablist">
        {(['timeline', 'replay'] as const).map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            aria-selected={tab === x}
            className={tab === x ? 'is-active' : ''}
            onClick={() => setTab(x)}
            data-tab={x}
          >
            {t(`audit.tab.${x}`)}
          </button>
        ))}
      </nav>
      {tab === 'timeline' ? (
        <>
          <div className="visibility-toggle" role="radiogroup" aria-label={t('audit.visibility')}>
            <button
              type="button"
              role="radio"
              aria-checked={!customerOnly}
              className={!customerOnly ? 'is-on' : ''}
              onClick={() => setCustomerOnly(false)}
              data-visibility="all"
            >
              {t('audit.everything')} ({history.length})
            </button>
            <button
              type="button"
              role="radio"
              aria-checked={customerOnly}
              className={customerOnly ? 'is-on' : ''}
              onClick={() => setCustomerOnly(true)}
              data-visibility="customer"
              disabled={!blueprint}
            >
              {t('audit.customerView')} ({story.length})
            </button>
          </div>
          {customerOnly ? (
            <CustomerStory moments={story} />
          ) : (
            <Timeline entries={history} blueprint={blueprint} classification={ticket?.classification} />
          )}
        </>
      ) : blueprint && pinned?.compiled ? (
        <ReplayPanel blueprint={blueprint} compiled={pinned.compiled} history={history} verdict={verdict} />
      ) : (
        <p className="placeholder">…</p>
      )}
    </section>
  );
}
