import type { CommonArea, Customer, LocationHit, Occupant, Site, Unit } from '@frontstage/engine';

// Small builders of the estate's wire shapes for tests: one owner of 3-2-1101 at 翠湖苑, her tenant,
// the main gate. `over` replaces members.

export function siteFixture(over: Partial<Site> = {}): Site {
  return {
    id: 'cuihu',
    name: '翠湖苑',
    address: null,
    calendar: null,
    assignment: { blueprints: null, rulesetVersion: null },
    units: 1536,
    createdAt: '2026-11-01T00:00:00.000Z',
    ...over,
  };
}

export function unitFixture(over: Partial<Unit> = {}): Unit {
  return {
    id: '00000000-0000-4000-8000-000000001101',
    siteId: 'cuihu',
    buildingId: '00000000-0000-4000-8000-000000000003',
    code: '3-2-1101',
    building: '3栋',
    entrance: '2',
    room: '1101',
    floorArea: 98.5,
    ...over,
  };
}

export function customerFixture(over: Partial<Customer> = {}): Customer {
  return {
    id: '00000000-0000-4000-8000-00000000c001',
    name: '王秀英',
    phone: '138****5678',
    phoneMasked: true,
    segments: { importance: 'important', member: false, kind: 'residential' },
    holdings: [
      {
        id: '00000000-0000-4000-8000-00000000h001',
        unitId: unitFixture().id,
        unitCode: '3-2-1101',
        siteId: 'cuihu',
        role: 'owner',
        since: '2019-05-01',
        until: null,
      },
    ],
    createdAt: '2026-11-01T00:00:00.000Z',
    ...over,
  };
}

export const owner = (): Occupant => ({ customer: customerFixture(), role: 'owner', since: '2019-05-01' });

export const tenant = (): Occupant => ({
  customer: customerFixture({
    id: '00000000-0000-4000-8000-00000000c002',
    name: '李强',
    phone: '139****0001',
    segments: { importance: 'ordinary', member: true, kind: 'residential' },
    holdings: [],
  }),
  role: 'tenant',
  since: '2024-03-01',
});

export function areaFixture(over: Partial<CommonArea> = {}): CommonArea {
  return {
    id: '00000000-0000-4000-8000-0000000000a1',
    siteId: 'cuihu',
    code: 'MAIN-GATE',
    name: '大门',
    kind: 'main_gate',
    ...over,
  };
}

export const unitHit = (occupants: Occupant[] = [tenant(), owner()]): LocationHit => ({
  kind: 'unit',
  unit: unitFixture(),
  occupants,
});
