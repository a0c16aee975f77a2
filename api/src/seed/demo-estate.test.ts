import { normalizePhone, UnitDetail } from '@frontstage/engine';
import { describe, expect, it } from 'vitest';
import { demoEstate, stableId } from './demo-estate.js';

const AT = '2026-11-24T02:00:00.000Z';

describe('demoEstate', () => {
  const estate = demoEstate(AT);
  const units = (site: string) => estate.units.filter((u) => u.siteId === site);

  it('has 翠湖苑 with 1,536 units and 科苑科技园 with 180 offices', () => {
    expect(estate.sites.map((s) => [s.id, s.name])).toEqual([
      ['cuihu', '翠湖苑'],
      ['keyuan', '科苑科技园'],
    ]);
    expect(units('cuihu')).toHaveLength(1536);
    expect(units('keyuan')).toHaveLength(180);
    expect(units('cuihu').map((u) => u.code)).toEqual(
      expect.arrayContaining(['1-1-101', '3-2-1101', '12-2-3202']),
    );
    expect(units('keyuan').map((u) => u.code)).toEqual(expect.arrayContaining(['A-0101', 'C-0610']));
  });

  it('is the same every time, ids included', () => {
    expect(demoEstate(AT)).toEqual(estate);
    expect(estate.units.find((u) => u.code === '3-2-1101')!.id).toBe(stableId('cuihu', 'unit', '3-2-1101'));
  });

  it('gives every customer a unique phone in its stored form, and most homes an owner', () => {
    const phones = estate.customers.map((c) => c.phone);
    expect(new Set(phones).size).toBe(phones.length);
    expect(phones.every((p) => normalizePhone(p) === p)).toBe(true);
    const owned = new Set(estate.holdings.filter((h) => h.role === 'owner').map((h) => h.unitId));
    expect(owned.size / units('cuihu').length).toBeGreaterThan(0.9);
    expect(estate.holdings.some((h) => h.role === 'tenant' && h.siteId === 'keyuan')).toBe(true);
    expect(estate.customers.some((c) => c.importance === 'important' && c.member)).toBe(true);
  });

  it('writes ids the wire contract accepts', () => {
    const unit = estate.units[0]!;
    expect(() => UnitDetail.parse({ ...unit, building: '1', occupants: [] })).not.toThrow();
  });
});
