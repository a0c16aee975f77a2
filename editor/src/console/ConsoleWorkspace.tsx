import { useCallback, useMemo, useState } from 'react';
import { useWords } from '../shared/vocabulary';
import { useRouter } from '../app/router';
import type { Session } from '../app/session';
import { useI18n } from '../i18n/useI18n';
import { AlarmBanner } from './AlarmBanner';
import { NotificationSwitch } from './NotificationSwitch';
import { IntakePage } from './intake/IntakePage';
import { useRuleset } from '../shared/useRuleset';
import { QueuePage } from './queue/QueuePage';
import { SupervisorPage } from './supervisor/SupervisorPage';
import { teamsOf } from './supervisor/teams';
import { requestTypes } from './ticket/request-types';
import { TicketPage } from './ticket/TicketPage';
import { useSites } from '../shared/useSites';
import { useEmergencyAlarm } from './useEmergencyAlarm';
import { useTicketStream } from './useTicketStream';
import type { TicketChange } from '@frontstage/engine';

type View = 'queue' | 'intake' | 'supervisor';

/**
 * The staff console: intake, the live queue, a ticket, and for supervisors the team view; each at
 * its own address (/console, /console/intake, /console/supervisor, /console/tickets/:id).
 */
export function ConsoleWorkspace({ session }: { session: Session }) {
  const { t } = useI18n();
  const words = useWords();
  const { api } = session;
  const { route, navigate, back } = useRouter();
  const open = route?.ws === 'console' && route.view === 'ticket' ? route.ticket : null;
  const shown = route?.ws === 'console' && route.view !== 'ticket' ? route.view : 'queue';
  const supervises = session.role === 'supervisor' || session.role === 'admin';
  const view: View = shown === 'supervisor' && !supervises ? 'queue' : shown;
  const params = route?.ws === 'console' && route.view !== 'ticket' ? route.params : undefined;
  const [change, setChange] = useState<TicketChange | null>(null);
  const alarm = useEmergencyAlarm(api, session.username);
  const onAlarmChange = alarm.onChange;
  const onChange = useCallback(
    (c: TicketChange) => {
      setChange(c);
      onAlarmChange(c);
    },
    [onAlarmChange],
  );
  const live = useTicketStream(api, onChange);
  const ruleset = useRuleset(api);
  const sites = useSites(api);
  const teams = useMemo(() => teamsOf(ruleset, [session.team]), [ruleset, session.team]);
  const types = useMemo(() => requestTypes(ruleset), [ruleset]);
  const views: View[] = supervises ? ['queue', 'intake', 'supervisor'] : ['queue', 'intake'];
  const { dismiss } = alarm;
  // Opening a ticket answers its alarm, wherever it was opened from.
  const openTicket = useCallback(
    (id: string) => {
      dismiss(id);
      navigate({ ws: 'console', view: 'ticket', ticket: id });
    },
    [dismiss, navigate],
  );
  const go = (v: View) => navigate({ ws: 'console', view: v });
  // The queue's filters live in the address, rewritten in place as they change.
  const onParams = useCallback(
    (p: Record<string, string>) => navigate({ ws: 'console', view: 'queue', params: p }, { replace: true }),
    [navigate],
  );
  if (!api) return <p className="placeholder">{t('console.needsApi')}</p>;
  return (
    <div className="console-ws">
      <nav className="sub-nav" aria-label={t('ws.console')}>
        {views.map((v) => (
          <button
            key={v}
            type="button"
            className={view === v && !open ? 'is-active' : ''}
            onClick={() => go(v)}
            data-view={v}
          >
            {t(`console.${v}`)}
          </button>
        ))}
        <NotificationSwitch />
        <span className={`live-pill ${live ? 'is-live' : ''}`} data-testid="live" data-live={live}>
          {live ? t('console.live') : t('console.offline')}
        </span>
        <span className="muted sub-nav-who">
          {session.jobRole ? words.role(session.jobRole) : t(`apiRole.${session.role}`)}
          {session.team ? ` · ${words.team(session.team)}` : ''}
        </span>
      </nav>
      <AlarmBanner alerts={alarm.alerts} onOpen={openTicket} onDismiss={dismiss} />
      <div className="console-body">
        {open ? (
          <TicketPage
            key={open}
            api={api}
            session={session}
            id={open}
            change={change}
            teams={teams}
            types={types}
            onOpen={openTicket}
            onBack={() => back({ ws: 'console', view: 'queue' })}
          />
        ) : view === 'intake' ? (
          <IntakePage
            api={api}
            ruleset={ruleset}
            sites={sites}
            scope={session.sites}
            onCreated={openTicket}
          />
        ) : view === 'supervisor' ? (
          <SupervisorPage
            api={api}
            jobRole={session.jobRole ?? 'supervisor'}
            change={change}
            onOpen={openTicket}
          />
        ) : (
          <QueuePage
            api={api}
            change={change}
            sites={sites}
            scope={session.sites}
            jobRole={session.jobRole}
            params={params}
            onParams={onParams}
            onOpen={openTicket}
          />
        )}
      </div>
    </div>
  );
}
