import { useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { useI18n } from '../i18n/useI18n';
import { AuditWorkspace } from '../audit/AuditWorkspace';
import { ConsoleWorkspace } from '../console/ConsoleWorkspace';
import { EstateWorkspace } from '../estate/EstateWorkspace';
import { RulesWorkspace } from '../rules/RulesWorkspace';
import { ApiContext } from '../shared/api-context';
import { DesignerWorkspace } from './DesignerWorkspace';
import { LocaleSwitch } from './LocaleSwitch';
import { LoginPage } from './LoginPage';
import { WORKSPACES, type Session, type Workspace } from './session';

/** The web app: login first, then the workspaces the user's role may open. */
export function App() {
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const [session, setSession] = useState<Session | null>(null);
  const [workspace, setWorkspace] = useState<Workspace>('designer');
  if (!session) {
    return (
      <LoginPage
        onSession={(s) => {
          setSession(s);
          setWorkspace(WORKSPACES[s.role][0]!);
        }}
      />
    );
  }
  const allowed = WORKSPACES[session.role];
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand small">
          <span className="brand-mark">◧</span>
          <strong>{t('app.title')}</strong>
        </div>
        <nav className="ws-nav">
          {allowed.map((w) => (
            <button
              key={w}
              type="button"
              className={workspace === w ? 'is-active' : ''}
              onClick={() => setWorkspace(w)}
              data-ws={w}
            >
              {t(`ws.${w}`)}
            </button>
          ))}
        </nav>
        <div className="header-right">
          {!session.api && <span className="offline-pill">{t('app.offline')}</span>}
          <LocaleSwitch />
          <span className="user">
            {session.username} ·{' '}
            {session.jobRole && session.jobRole !== session.role ? `${session.jobRole} · ` : ''}
            {session.role}
          </span>
          <button type="button" className="link" onClick={() => setSession(null)}>
            {t('app.logout')}
          </button>
        </div>
      </header>
      <main className="app-main">
        {workspace === 'designer' && <DesignerWorkspace api={session.api} />}
        {workspace === 'rules' && <RulesWorkspace api={session.api} />}
        <ApiContext.Provider value={session.api}>
          {workspace === 'console' && <ConsoleWorkspace session={session} />}
          {workspace === 'audit' && <AuditWorkspace session={session} />}
          {workspace === 'estate' && <EstateWorkspace session={session} />}
        </ApiContext.Provider>
      </main>
    </div>
  );
}
