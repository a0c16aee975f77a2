import type { Workspace } from './session';

/** A URL's query, as the page that owns it reads it: names to values, empty values left out. */
export type Params = Record<string, string>;

/** Versions compared in the designer and the rules editor: published version numbers, or 'draft'. */
export type VersionRef = number | 'draft';

/**
 * Every view of the app as a value: what the address bar says, so a view can be bookmarked, shared,
 * reloaded and reached with back and forward. `parseRoute` and `routeHref` turn one into the other.
 */
export type Route =
  | { ws: 'designer'; blueprint?: string; versions?: boolean; compare?: [VersionRef, VersionRef] }
  | { ws: 'rules'; versions?: boolean; compare?: [VersionRef, VersionRef] }
  | { ws: 'console'; view: 'queue' | 'intake' | 'supervisor'; params?: Params }
  | { ws: 'console'; view: 'ticket'; ticket: string }
  | { ws: 'audit'; view: 'search' | 'heatmap'; params?: Params }
  | { ws: 'audit'; view: 'ticket'; ticket: string }
  | { ws: 'estate' }
  /** `/`: where a user lands; the app sends them on to their first workspace. */
  | { ws: 'home' };

const CONSOLE_VIEWS = ['queue', 'intake', 'supervisor'] as const;
const AUDIT_VIEWS = ['search', 'heatmap'] as const;

/** The route an address names, or null for one the app has no page for. */
export function parseRoute(pathname: string, search = ''): Route | null {
  const parts = pathname
    .split('/')
    .filter(Boolean)
    .map((p) => safeDecode(p));
  if (parts.some((p) => p === null)) return null;
  const [ws, a, b, c, d, ...rest] = parts as string[];
  const params = paramsOf(search);
  if (rest.length > 0) return null;
  switch (ws) {
    case undefined:
      return { ws: 'home' };
    case 'estate':
      return a === undefined ? { ws } : null;
    case 'rules': {
      if (a === undefined) return { ws: 'rules' };
      if (a !== 'versions' || d !== undefined) return null;
      if (b === undefined) return { ws: 'rules', versions: true };
      const pair = comparePair(b, c);
      return pair ? { ws: 'rules', versions: true, compare: pair } : null;
    }
    case 'designer': {
      if (a === undefined) return { ws: 'designer' };
      if (b === undefined) return { ws: 'designer', blueprint: a };
      if (b !== 'versions' || d === undefined)
        return b === 'versions' && c === undefined ? { ws: 'designer', blueprint: a, versions: true } : null;
      const pair = comparePair(c, d);
      return pair ? { ws: 'designer', blueprint: a, versions: true, compare: pair } : null;
    }
    case 'console':
    case 'audit': {
      if (a === 'tickets')
        return b !== undefined && c === undefined ? { ws, view: 'ticket', ticket: b } : null;
      if (b !== undefined) return null;
      const views: readonly string[] = ws === 'console' ? CONSOLE_VIEWS : AUDIT_VIEWS;
      const view = a ?? views[0]!;
      if (!views.includes(view)) return null;
      return { ws, view, ...(Object.keys(params).length ? { params } : {}) } as Route;
    }
    default:
      return null;
  }
}

/** The address of a route; `parseRoute(routeHref(r))` gives `r` back. */
export function routeHref(route: Route): string {
  const path = (...parts: string[]) => `/${parts.map(encodeURIComponent).join('/')}`;
  switch (route.ws) {
    case 'home':
      return '/';
    case 'estate':
      return path(route.ws);
    case 'rules':
      if (route.compare) return path('rules', 'versions', ...route.compare.map(String));
      return route.versions ? path('rules', 'versions') : path('rules');
    case 'designer':
      if (!route.blueprint) return path('designer');
      if (route.compare) return path('designer', route.blueprint, 'versions', ...route.compare.map(String));
      return route.versions
        ? path('designer', route.blueprint, 'versions')
        : path('designer', route.blueprint);
    case 'console':
    case 'audit': {
      if (route.view === 'ticket') return path(route.ws, 'tickets', route.ticket);
      const first = route.ws === 'console' ? 'queue' : 'search';
      const base = route.view === first ? path(route.ws) : path(route.ws, route.view);
      return base + queryOf(route.params ?? {});
    }
  }
}

/** Where a workspace opens: its first view. */
export function landingOf(ws: Workspace): Route {
  switch (ws) {
    case 'console':
      return { ws, view: 'queue' };
    case 'audit':
      return { ws, view: 'search' };
    default:
      return { ws };
  }
}

/** The workspace a route belongs to ('home' belongs to none). */
export function workspaceOf(route: Route): Workspace | null {
  return route.ws === 'home' ? null : route.ws;
}

/** A query string of the non-empty params, in name order so one view has one address. */
export function queryOf(params: Params): string {
  const entries = Object.entries(params)
    .filter(([, v]) => v !== '')
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}

function paramsOf(search: string): Params {
  const params: Params = {};
  for (const [k, v] of new URLSearchParams(search)) if (v !== '') params[k] = v;
  return params;
}

function comparePair(a: string | undefined, b: string | undefined): [VersionRef, VersionRef] | null {
  const from = versionRef(a);
  const to = versionRef(b);
  return from !== null && to !== null ? [from, to] : null;
}

function versionRef(text: string | undefined): VersionRef | null {
  if (text === 'draft') return 'draft';
  return text !== undefined && /^[1-9]\d{0,8}$/.test(text) ? Number(text) : null;
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
