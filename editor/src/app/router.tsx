import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { parseRoute, routeHref, type Route } from './route';

interface Router {
  /** The view the address bar names; null for an address the app has no page for. */
  route: Route | null;
  /** Goes to a view: a new history entry, or (`replace`) the current one rewritten, as filters do. */
  navigate: (route: Route, options?: { replace?: boolean }) => void;
  /** Back to the view the user came from inside the app; `fallback` when they arrived by a link. */
  back: (fallback: Route) => void;
}

/** What the app keeps in each history entry: how many app views lie behind it. */
interface EntryState {
  depth: number;
}

const RouterContext = createContext<Router | null>(null);

const here = () => `${window.location.pathname}${window.location.search}`;
const depthOf = (state: unknown) => (state as EntryState | null)?.depth ?? 0;

/** The address bar as the app's state: read on load and on back/forward, written by `navigate`. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [href, setHref] = useState(here);
  useEffect(() => {
    const onPop = () => setHref(here());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((route: Route, options: { replace?: boolean } = {}) => {
    const next = routeHref(route);
    if (next === here()) return;
    const depth = depthOf(window.history.state);
    if (options.replace) window.history.replaceState({ depth } satisfies EntryState, '', next);
    else window.history.pushState({ depth: depth + 1 } satisfies EntryState, '', next);
    setHref(next);
  }, []);
  const back = useCallback(
    (fallback: Route) => {
      if (depthOf(window.history.state) > 0) window.history.back();
      else navigate(fallback);
    },
    [navigate],
  );
  const value = useMemo<Router>(() => {
    const url = new URL(href, 'http://app');
    return { route: parseRoute(url.pathname, url.search), navigate, back };
  }, [href, navigate, back]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter outside RouterProvider');
  return router;
}
