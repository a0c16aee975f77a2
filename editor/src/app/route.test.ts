import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { landingOf, parseRoute, routeHref, type Route } from './route';

const text = fc.string({
  minLength: 1,
  maxLength: 12,
  unit: fc.constantFrom('a', '楼', '/', '?', '#', '%', ' ', '-', '1'),
});
const params = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('a', 'b', 'é', '&', '=') }),
  fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom('x', '漏', '&', '=', '+', ' ') }),
  { maxKeys: 4 },
);
const version = fc.oneof(fc.constant<'draft'>('draft'), fc.integer({ min: 1, max: 99_999 }));
const route: fc.Arbitrary<Route> = fc.oneof(
  fc.constant<Route>({ ws: 'home' }),
  fc.constant<Route>({ ws: 'rules' }),
  fc.constant<Route>({ ws: 'rules', versions: true }),
  fc.record({
    ws: fc.constant('rules' as const),
    versions: fc.constant(true),
    compare: fc.tuple(version, version),
  }),
  fc.constant<Route>({ ws: 'estate' }),
  fc.record({ ws: fc.constant('designer' as const), blueprint: text }),
  fc.record({ ws: fc.constant('designer' as const), blueprint: text, versions: fc.constant(true) }),
  fc.record({
    ws: fc.constant('designer' as const),
    blueprint: text,
    versions: fc.constant(true),
    compare: fc.tuple(version, version),
  }),
  fc.record(
    { ws: fc.constant('console' as const), view: fc.constantFrom('queue', 'intake', 'supervisor'), params },
    { requiredKeys: ['ws', 'view'] },
  ),
  fc.record({
    ws: fc.constantFrom('console' as const, 'audit' as const),
    view: fc.constant('ticket' as const),
    ticket: text,
  }),
  fc.record(
    { ws: fc.constant('audit' as const), view: fc.constantFrom('search', 'heatmap'), params },
    { requiredKeys: ['ws', 'view'] },
  ),
) as fc.Arbitrary<Route>;

/** A route as parsing gives it back: empty params are no params. */
function normal(r: Route): Route {
  if ('params' in r && (!r.params || Object.keys(r.params).length === 0)) {
    const { params: _, ...rest } = r;
    return rest as Route;
  }
  return r;
}

describe('routes', () => {
  it('reads back every route from its address, whatever its ids and filters hold', () => {
    fc.assert(
      fc.property(route, (r) => {
        const url = new URL(routeHref(r), 'http://app');
        expect(parseRoute(url.pathname, url.search)).toEqual(normal(r));
      }),
    );
  });

  it('names the views people share', () => {
    expect(routeHref({ ws: 'console', view: 'ticket', ticket: 'T-1/2' })).toBe('/console/tickets/T-1%2F2');
    expect(routeHref({ ws: 'console', view: 'queue', params: { overdue: 'true', class: 'emergency' } })).toBe(
      '/console?class=emergency&overdue=true',
    );
    expect(routeHref({ ws: 'audit', view: 'ticket', ticket: 'abc' })).toBe('/audit/tickets/abc');
    expect(
      routeHref({ ws: 'designer', blueprint: 'water-leak', versions: true, compare: [2, 'draft'] }),
    ).toBe('/designer/water-leak/versions/2/draft');
    expect(routeHref({ ws: 'rules', versions: true, compare: [3, 'draft'] })).toBe('/rules/versions/3/draft');
    expect(parseRoute('/audit', '?ticketId=abc&outcome=')).toEqual({
      ws: 'audit',
      view: 'search',
      params: { ticketId: 'abc' },
    });
    expect(parseRoute('/console/')).toEqual({ ws: 'console', view: 'queue' });
  });

  it('has no page for addresses it does not know', () => {
    for (const path of [
      '/nowhere',
      '/console/tickets',
      '/console/tickets/a/b',
      '/console/heatmap',
      '/audit/intake',
      '/rules/x',
      '/rules/versions/2',
      '/rules/versions/0/1',
      '/rules/versions/1/2/3',
      '/designer/k/history',
      '/designer/k/versions/0/draft',
      '/designer/k/versions/2',
      '/designer/k/versions/v2/3',
      '/console/tickets/%E0%A4%A',
    ])
      expect(parseRoute(path), path).toBeNull();
  });

  it('lands each workspace on its first view', () => {
    expect(landingOf('console')).toEqual({ ws: 'console', view: 'queue' });
    expect(landingOf('audit')).toEqual({ ws: 'audit', view: 'search' });
    expect(landingOf('designer')).toEqual({ ws: 'designer' });
  });
});
