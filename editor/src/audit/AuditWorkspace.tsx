import { useState } from 'react';
import type { Session } from '../app/session';
import { useI18n } from '../i18n/useI18n';
import { AuditSearch } from './AuditSearch';
import { ChainCheck } from './ChainCheck';
import { HeatmapPage } from './HeatmapPage';
import { TicketAudit } from './TicketAudit';

type View = 'search' | 'heatmap';

/** The audit workspace, read-only: search the log, read a ticket's timeline and replay, verify the chain, the heatmap. */
export function AuditWorkspace({ session }: { session: Session }) {
  const { t } = useI18n();
  const { api } = session;
  const [view, setView] = useState<View>('search');
  const [ticketId, setTicketId] = useState<string | null>(null);
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
            onClick={() => {
              setView(v);
              setTicketId(null);
            }}
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
          <AuditSearch api={api} onOpen={setTicketId} />
        </div>
        {ticketId && (
          <TicketAudit
            api={api}
            ticketId={ticketId}
            canReplayOnServer={auditor}
            onBack={() => setTicketId(null)}
          />
        )}
        {view === 'heatmap' && !ticketId && <HeatmapPage api={api} />}
      </div>
    </div>
  );
}
