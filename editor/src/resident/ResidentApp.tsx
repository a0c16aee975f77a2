import { useCallback, useEffect, useState } from 'react';
import type { ResidentMe } from '@frontstage/engine';
import { api, refresh, setToken } from './resident-api.js';
import { residentPath, residentRoute, type ResidentRoute } from './resident-route.js';
import { WORDS } from './resident-words.js';
import { FollowPage } from './FollowPage.js';
import { HomePage } from './HomePage.js';
import { ReportPage } from './ReportPage.js';
import { SignInPage } from './SignInPage.js';
import { TrackPage } from './TrackPage.js';
import { useLang } from './useLang.js';

/** The resident app: sign in (or open a tracking link), then report, follow and rate. */
export function ResidentApp() {
  const [lang, toggleLang] = useLang();
  const words = WORDS[lang];
  const [route, setRoute] = useState<ResidentRoute>(() => residentRoute(window.location.pathname));
  const [me, setMe] = useState<ResidentMe | null | undefined>(undefined);

  const go = useCallback((next: ResidentRoute) => {
    window.history.pushState(null, '', residentPath(next));
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);

  useEffect(() => {
    const onPop = () => setRoute(residentRoute(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Once, on the first page (a tracking link opens its own session): later pages keep the session they have.
  const [firstRoute] = useState(route);
  useEffect(() => {
    if (firstRoute.page === 'track') return;
    void refresh().then((session) => setMe(session?.resident ?? null));
  }, [firstRoute]);

  const signOut = useCallback(() => {
    void api('POST', '/api/residents/auth/logout').finally(() => {
      setToken(null);
      setMe(null);
      go({ page: 'home' });
    });
  }, [go]);

  let page;
  if (route.page === 'track')
    page = (
      <TrackPage
        token={route.token}
        words={words}
        onOpened={(resident, id) => {
          setMe(resident);
          window.history.replaceState(null, '', residentPath({ page: 'ticket', id }));
          setRoute({ page: 'ticket', id });
        }}
      />
    );
  else if (me === undefined) page = <p className="r-muted">…</p>;
  else if (me === null) page = <SignInPage words={words} onSignedIn={setMe} />;
  else if (route.page === 'report') page = <ReportPage words={words} lang={lang} go={go} />;
  else if (route.page === 'ticket')
    page = <FollowPage id={route.id} words={words} lang={lang} go={go} tracking={me.ticketId !== null} />;
  else page = <HomePage me={me} words={words} lang={lang} go={go} />;

  return (
    <div className="r-app">
      <header className="r-bar">
        <strong>{words.appTitle}</strong>
        <span className="r-bar-actions">
          <button type="button" className="r-link" onClick={toggleLang}>
            {words.language}
          </button>
          {me ? (
            <button type="button" className="r-link" onClick={signOut}>
              {words.signOut}
            </button>
          ) : null}
        </span>
      </header>
      <main>{page}</main>
    </div>
  );
}
