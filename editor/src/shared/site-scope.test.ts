import { describe, expect, it } from 'vitest';
import type { Site } from '@frontstage/engine';
import { defaultSite, siteName, spansSites } from './site-scope';

const site = (id: string, name: string): Site => ({
  id,
  name,
  address: null,
  calendar: null,
  assignment: { blueprints: null, rulesetVersion: null },
  units: 0,
  createdAt: '2026-11-24T08:00:00.000Z',
});
const both = [site('cuihu', '翠湖苑'), site('keyuan', '科苑科技园')];

describe('spansSites', () => {
  it('is false for staff of one site, true for staff of two and for company-level users', () => {
    expect(spansSites(['cuihu'], both)).toBe(false);
    expect(spansSites(['cuihu', 'keyuan'], null)).toBe(true);
    expect(spansSites('*', both)).toBe(true);
    expect(spansSites('*', null)).toBe(true);
  });

  it('counts the listed sites when the API names no scope, and a company of one site has nothing to pick', () => {
    expect(spansSites(undefined, both)).toBe(true);
    expect(spansSites(undefined, null)).toBe(false);
    expect(spansSites('*', [site('main', '本项目')])).toBe(false);
  });
});

describe('defaultSite', () => {
  it('is the user’s only site, else the first listed, else empty', () => {
    expect(defaultSite(['keyuan'], both)).toBe('keyuan');
    expect(defaultSite('*', both)).toBe('cuihu');
    expect(defaultSite('*', null)).toBe('');
  });
});

describe('siteName', () => {
  it('names a listed site and falls back to its id', () => {
    expect(siteName(both, 'keyuan')).toBe('科苑科技园');
    expect(siteName(null, 'keyuan')).toBe('keyuan');
  });
});
