import { useCallback, useEffect, useState } from 'react';
import { createApiClient } from '../api/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { useI18n } from '../i18n/useI18n';
import { AuditWorkspace } from '../audit/AuditWorkspace';
import { ConsoleWorkspace } from '../console/ConsoleWorkspace';
import { EstateWorkspace } from '../estate/EstateWorkspace';
import { RulesWorkspace, type RulesLink } from '../rules/RulesWorkspace';
import { ApiContext } from '../shared/api-context';
import { DesignerWorkspace } from './DesignerWorkspace';
import { LocaleSwitch } from './LocaleSwitch';
import { LoginPage } from './LoginPage';
import { landingOf, workspaceOf } from './route';
import { RouterProvider, useRouter } from './router';
import { VocabularyProvider, useWords } from '../shared/vocabulary';
import { WORKSPACES, sessionOf, type Session } from './session';

/** The web app: login first (or the session the browser kept), then the workspaces the user's role may open. */
export function App() {
  return (
    <I18nProvider>
      <RouterProvider>
        <Shell />
      </RouterProvider>
    </I18nProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const { route, navigate } = useRouter();
  const [session, setSession] = useState<Session | null>(null);
  // A reload asks the server for the session its cookie names before showing the sign-in form.
  const [resuming, setResuming] = useState(true);
  useEffect(() => {
    let live = true;
    const api = createApiClient();
    api
      .resume()
      .then(
        (res) => live && setSession(sessionOf(api, res)),
        () => undefined,
      )
      .finally(() => live && setResuming(false));
    return () => {
      live = false;
    };
  }, []);
  const allowed = session ? WORKSPACES[session.role] : [];
  const workspace = route ? workspaceOf(route) : null;
  const misplaced =
    session !== null && route !== null && (workspace === null || !allowed.includes(workspace));
  // `/`, or a workspace this role does not open: the user lands on their first workspace.
  useEffect(() => {
    if (misplaced) navigate(landingOf(allowed[0]!), { replace: true });
  }, [misplaced, allowed, navigate]);
  // The rules' versions panel and comparison live in the address, as the designer's do.
  const onRulesLink = useCallback(
    (link: RulesLink) => navigate({ ws: 'rules', ...link }, { replace: true }),
    [navigate],
  );
  if (resuming) return <div className="login-page" aria-busy="true" data-testid="resuming" />;
  // The address asked for stays in the bar while signing in: the user arrives where the link pointed.
  if (!session) return <LoginPage onSession={setSession} />;
  const signOut = () => {
    void session.api?.logout().catch(() => undefined);
    setSession(null);
    navigate({ ws: 'home' }, { replace: true });
  };
  return (
    <VocabularyProvider api={session.api}>
      <div className="app">
        <header className="app-header">
          <div className="brand small">
            <span className="brand-mark">◧</span>
            <strong>{t('app.title')}</strong>
          </div>
          <nav className="ws-nav">
            {allowed.map((w) => (
              <a
                key={w}
                href={`/${w}`}
                className={workspace === w ? 'is-active' : ''}
                aria-current={workspace === w ? 'page' : undefined}
                onClick={(e) => {
                  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
                  e.preventDefault();
                  navigate(landingOf(w));
                }}
                data-ws={w}
              >
                {t(`ws.${w}`)}
              </a>
            ))}
          </nav>
          <div className="header-right">
            {!session.api && <span className="offline-pill">{t('app.offline')}</span>}
            <LocaleSwitch />
            <UserBadge session={session} />
            <button type="button" className="link" onClick={signOut} data-action="logout">
              {t('app.logout')}
            </button>
          </div>
        </header>
        <main className="app-main">
          {route === null && (
            <p className="placeholder" data-testid="not-found">
              {t('app.notFound')}
            </p>
          )}
          {workspace === 'designer' && <DesignerWorkspace api={session.api} />}
          {workspace === 'rules' && (
            <RulesWorkspace
              api={session.api}
              link={route?.ws === 'rules' ? route : undefined}
              onLink={onRulesLink}
            />
          )}
          <ApiContext.Provider value={session.api}>
            {workspace === 'console' && <ConsoleWorkspace session={session} />}
            {workspace === 'audit' && <AuditWorkspace session={session} />}
            {workspace === 'estate' && <EstateWorkspace session={session} />}
          </ApiContext.Provider>
        </main>
      </div>
    </VocabularyProvider>
  );
}

/** Who is signed in: their username (a person's name, kept as typed), job role and API role in words. */
function UserBadge({ session }: { session: Session }) {
  const { t } = useI18n();
  const words = useWords();
  return (
    <span className="user">
      <span data-username>{session.username}</span> ·{' '}
      {session.jobRole && session.jobRole !== session.role ? `${words.role(session.jobRole)} · ` : ''}
      {t(`apiRole.${session.role}`)}
    </span>
  );
}
