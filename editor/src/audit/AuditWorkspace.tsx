import { useEffect, useState } from 'react';
import type { Params } from '../app/route';
import { useRouter } from '../app/router';
import type { Session } from '../app/session';
import { useI18n } from '../i18n/useI18n';
import { AuditSearch } from './AuditSearch';
import { ChainCheck } from './ChainCheck';
import { HeatmapPage } from './HeatmapPage';
import { TicketAudit } from './TicketAudit';

/**
 * The audit workspace, read-only: search the log, read a ticket's timeline and replay, verify the
 * chain, the heatmap; at /audit?<search>, /audit/tickets/:id and /audit/heatmap.
 */
export function AuditWorkspace({ session }: { session: Session }) {
  const { t } = useI18n();
  const { api } = session;
  const { route, navigate, back } = useRouter();
  const here = route?.ws === 'audit' ? route : null;
  const ticketId = here?.view === 'ticket' ? here.ticket : null;
  const view = here?.view === 'heatmap' ? 'heatmap' : 'search';
  // The last search shown stays under an open ticket, so going back finds its filters and hits.
  const [search, setSearch] = useState<Params | undefined>(here?.view === 'search' ? here.params : undefined);
  const shownParams = here?.view === 'search' ? here.params : undefined;
  useEffect(() => {
    if (here?.view === 'search') setSearch(shownParams);
  }, [here?.view, shownParams]);
  const openTicket = (id: string) => navigate({ ws: 'audit', view: 'ticket', ticket: id });
  // The chain and the server replay are the auditor's (and admin's); supervisors read the rest.
  const auditor = session.role === 'auditor' || session.role === 'admin';
  if (!api) return <p className="placeholder">{t('console.needsApi')}</p>;
  return (
    <div className="audit-ws">
      <nav className="sub-nav" aria-label={t('ws.audit')}>
        {(['search', 'heatmap'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className={view === v && !ticketId ? 'is-active' : ''}
            onClick={() =>
              navigate(v === 'search' ? { ws: 'audit', view: v, params: search } : { ws: 'audit', view: v })
            }
            data-view={v}
          >
            {t(`audit.view.${v}`)}
          </button>
        ))}
        <span className="sub-nav-gap" />
        {auditor && <ChainCheck api={api} />}
      </nav>
      <div className="audit-body">
        {/* The search stays mounted under an open ticket, so going back keeps the filters and hits. */}
        <div hidden={view !== 'search' || ticketId !== null}>
          <AuditSearch
            api={api}
            params={search}
            onSearch={(params) => navigate({ ws: 'audit', view: 'search', params })}
            onOpen={openTicket}
          />
        </div>
        {ticketId && (
          <TicketAudit
            api={api}
            ticketId={ticketId}
            canReplayOnServer={auditor}
            onBack={() => back({ ws: 'audit', view: 'search', params: search })}
          />
        )}
        {view === 'heatmap' && !ticketId && <HeatmapPage api={api} />}
      </div>
    </div>
  );
}
