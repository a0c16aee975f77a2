/** The resident app's pages, from the path under /r/. */
export type ResidentRoute =
  { page: 'home' } | { page: 'report' } | { page: 'ticket'; id: string } | { page: 'track'; token: string };

/**
 * The page a path shows; anything unknown is home.
 * @example residentRoute('/r/tickets/4f3c…') // { page: 'ticket', id: '4f3c…' }
 */
export function residentRoute(path: string): ResidentRoute {
  const parts = path
    .replace(/^\/r\/?/, '')
    .split('/')
    .filter(Boolean);
  if (parts[0] === 'new') return { page: 'report' };
  if (parts[0] === 'tickets' && parts[1]) return { page: 'ticket', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 't' && parts[1]) return { page: 'track', token: decodeURIComponent(parts[1]) };
  return { page: 'home' };
}

/** The path of a page. */
export function residentPath(route: ResidentRoute): string {
  switch (route.page) {
    case 'home':
      return '/r/';
    case 'report':
      return '/r/new';
    case 'ticket':
      return `/r/tickets/${encodeURIComponent(route.id)}`;
    case 'track':
      return `/r/t/${encodeURIComponent(route.token)}`;
  }
}
