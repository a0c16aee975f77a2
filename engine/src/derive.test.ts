import { describe, expect, it } from 'vitest';
import {
  applyDerived,
  deriveFacts,
  RECENT_COMPLAINT_DAYS,
  roomKey,
  type ComplaintRecord,
  type DeriveInput,
} from './derive.js';

const NOW = '2026-12-03T10:00:00.000Z';
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
const unit = { kind: 'unit' as const, unitId: 'u-1101', code: '3-2-1101' };

const complaint = (id: string, over: Partial<ComplaintRecord> = {}): ComplaintRecord => ({
  id,
  createdAt: daysAgo(10),
  customerId: null,
  unitId: null,
  areaId: null,
  phone: null,
  room: null,
  ...over,
});

const input = (over: Partial<DeriveInput> = {}): DeriveInput => ({
  now: NOW,
  place: null,
  customerId: null,
  facts: {},
  complaints: [],
  ...over,
});

const count = (over: Partial<DeriveInput>) =>
  deriveFacts(input(over)).find((d) => d.name === 'previousComplaints');

describe('previousComplaints', () => {
  it('counts complaints of the same unit and of the same customer, once each', () => {
    const derived = count({
      place: unit,
      customerId: 'c-wang',
      complaints: [
        complaint('t1', { unitId: 'u-1101' }),
        complaint('t2', { customerId: 'c-wang', unitId: 'u-other' }),
        complaint('t3', { unitId: 'u-1101', customerId: 'c-wang' }),
        complaint('t4', { unitId: 'u-other', customerId: 'c-li' }),
      ],
    });
    expect(derived).toMatchObject({ value: 3, derived: 3, given: null, windowDays: RECENT_COMPLAINT_DAYS });
    expect(derived?.name === 'previousComplaints' && [...derived.ticketIds].sort()).toEqual([
      't1',
      't2',
      't3',
    ]);
    expect(derived?.name === 'previousComplaints' && derived.matchedBy.sort()).toEqual(['customer', 'unit']);
  });

  it('counts the same common area', () => {
    const place = { kind: 'area' as const, areaId: 'a-gate', code: 'GATE', areaKind: 'main_gate' };
    const complaints = [complaint('t1', { areaId: 'a-gate' }), complaint('t2', { areaId: 'a-lift' })];
    expect(count({ place, complaints })?.value).toBe(1);
  });

  it('falls back to the same phone and the same room text for reports without estate links', () => {
    const complaints = [
      complaint('t1', { phone: '138 1234 5678', room: '3栋2单元1101' }),
      complaint('t2', { phone: '+86 13812345678', room: '3号楼2单元1101室' }),
      complaint('t3', { phone: '13812345678', room: '5-1-0101' }),
      complaint('t4', { phone: '13900000000', room: '3-2-1101' }),
    ];
    const derived = count({ facts: { phone: '13812345678', unit: '3-2-1101' }, complaints });
    expect(derived).toMatchObject({ value: 2, matchedBy: ['phone_room'], ticketIds: ['t1', 't2'] });
  });

  it('does not count complaints before the window or after now', () => {
    const complaints = [
      complaint('old', { unitId: 'u-1101', createdAt: daysAgo(RECENT_COMPLAINT_DAYS + 1) }),
      complaint('edge', { unitId: 'u-1101', createdAt: daysAgo(RECENT_COMPLAINT_DAYS) }),
      complaint('later', { unitId: 'u-1101', createdAt: daysAgo(-1) }),
    ];
    expect(count({ place: unit, complaints })).toMatchObject({ value: 1, ticketIds: ['edge'] });
    expect(count({ place: unit, complaints, windowDays: 30 })?.value).toBe(0);
  });

  it('keeps a higher count the desk gives, never a lower one', () => {
    const complaints = [complaint('t1', { unitId: 'u-1101' }), complaint('t2', { unitId: 'u-1101' })];
    expect(count({ place: unit, complaints, facts: { previousComplaints: 5 } })).toMatchObject({
      value: 5,
      given: 5,
      derived: 2,
    });
    expect(count({ place: unit, complaints, facts: { previousComplaints: 0 } })?.value).toBe(2);
  });
});

describe('inHome and location', () => {
  it('a unit (a room number) is inside a home', () => {
    const derived = deriveFacts(input({ place: unit }));
    expect(derived.find((d) => d.name === 'inHome')).toMatchObject({
      value: true,
      derived: true,
      from: { kind: 'unit', code: '3-2-1101' },
    });
    expect(derived.find((d) => d.name === 'location')?.value).toBe('home');
  });

  it('a common area is not, and its kind is the location', () => {
    const place = { kind: 'area' as const, areaId: 'a-roof', code: 'ROOF-3', areaKind: 'roof' };
    const derived = deriveFacts(input({ place }));
    expect(derived.find((d) => d.name === 'inHome')?.value).toBe(false);
    expect(derived.find((d) => d.name === 'location')?.value).toBe('roof');
  });

  it('what the desk said wins over what the place says', () => {
    const derived = deriveFacts(input({ place: unit, facts: { inHome: false, location: 'corridor' } }));
    expect(derived.find((d) => d.name === 'inHome')).toMatchObject({
      value: false,
      given: false,
      derived: true,
    });
    expect(derived.find((d) => d.name === 'location')).toMatchObject({ value: 'corridor', derived: 'home' });
  });

  it('derives nothing about the place when there is none', () => {
    expect(deriveFacts(input()).map((d) => d.name)).toEqual(['previousComplaints']);
    expect(deriveFacts(input({ facts: { unit: '会所' } })).map((d) => d.name)).toEqual([
      'previousComplaints',
    ]);
  });

  it('reads a room number said without a pick as inside a home', () => {
    const derived = deriveFacts(input({ facts: { unit: '3栋2单元1101室' } }));
    expect(derived.find((d) => d.name === 'inHome')).toMatchObject({
      value: true,
      from: { kind: 'unit', code: '3-2-1101' },
    });
  });
});

describe('applyDerived', () => {
  it('puts the derived values into the facts and leaves an unsaid zero count out', () => {
    const facts = applyDerived({ type: 'repair' }, deriveFacts(input({ place: unit })));
    expect(facts).toEqual({ type: 'repair', inHome: true, location: 'home' });
    const complaints = [complaint('t1', { unitId: 'u-1101' })];
    expect(applyDerived({}, deriveFacts(input({ place: unit, complaints }))).previousComplaints).toBe(1);
  });
});

describe('roomKey', () => {
  it('reads the ways a room is written as one unit code', () => {
    expect(roomKey('3栋2单元1101')).toBe('3-2-1101');
    expect(roomKey('３－２－１１０１')).toBe('3-2-1101');
    expect(roomKey(' 会所 ')).toBe('会所');
    expect(roomKey('')).toBeNull();
  });
});
