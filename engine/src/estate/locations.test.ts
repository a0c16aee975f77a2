import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ruleset } from '../schema/ruleset.js';
import {
  AREA_KIND_VALUES,
  AreaKind,
  HOME_LOCATION,
  LOCATIONS,
  LOCATION_VALUES,
  siteLocations,
} from './locations.js';

const ruleset = (values: string[]) => ({
  key: 'default',
  name: { 'zh-CN': '规则', en: 'Rules' },
  facts: [
    {
      name: 'location',
      label: { 'zh-CN': '位置', en: 'Location' },
      type: 'choice',
      options: values.map((value) => ({ value, label: { 'zh-CN': value, en: value } })),
    },
  ],
  defaults: { class: 'general', priority: 'normal', blueprint: 'shared-repair', team: 'customer_service' },
  rules: [],
});

describe('locations', () => {
  it('covers the common areas an estate has, and a home is none of them', () => {
    for (const kind of [
      'corridor',
      'car_park',
      'lift',
      'roof',
      'garden',
      'main_gate',
      'lobby',
      'fire_stairs',
    ])
      expect(AREA_KIND_VALUES).toContain(kind);
    expect(AreaKind.safeParse(HOME_LOCATION).success).toBe(false);
    expect(LOCATION_VALUES[0]).toBe(HOME_LOCATION);
  });

  it('offers a site home, the kinds its areas have in the list order, and other', () => {
    expect(siteLocations(['roof', 'corridor', 'roof']).map((l) => l.value)).toEqual([
      'home',
      'corridor',
      'roof',
      'other',
    ]);
  });

  it('a ruleset may offer only locations of the estate', () => {
    expect(Ruleset.safeParse(ruleset(['home', 'corridor', 'roof'])).success).toBe(true);
    const refused = Ruleset.safeParse(ruleset(['home', 'attic']));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ['facts', 0, 'options', 1, 'value'] });
    expect(refused.error?.issues[0]?.message).toContain('"attic" is not a location');
  });

  it('are what the shipped ruleset offers as its location, with the same words', () => {
    const shipped = Ruleset.parse(
      JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../blueprints/ruleset.json'), 'utf8')),
    );
    const options = shipped.facts?.find((f) => f.name === 'location')?.options ?? [];
    const known = new Map<string, unknown>(LOCATIONS.map((l) => [l.value, l.label]));
    for (const o of options) expect(o.label, o.value).toEqual(known.get(o.value));
    expect(options.map((o) => o.value)).toEqual(
      expect.arrayContaining(['home', 'corridor', 'roof', 'garden']),
    );
  });
});
