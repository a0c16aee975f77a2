import { describe, expect, it } from 'vitest';
import { residentPath, residentRoute } from './resident-route.js';

describe('residentRoute', () => {
  it('reads each page from its path and back', () => {
    for (const route of [
      { page: 'home' },
      { page: 'report' },
      { page: 'ticket', id: 'a-1' },
      { page: 'track', token: 'Abc_-9' },
    ] as const)
      expect(residentRoute(residentPath(route))).toEqual(route);
  });

  it('takes an unknown path, or /r without a slash, as home', () => {
    expect(residentRoute('/r')).toEqual({ page: 'home' });
    expect(residentRoute('/r/nothing/here')).toEqual({ page: 'home' });
    expect(residentRoute('/r/tickets/')).toEqual({ page: 'home' });
  });
});
