import { describe, expect, it } from 'vitest';
import { isRepeatOf, repeatLinks, repeatWindow, type RepeatCandidate } from './repeat-fault.js';

const base: RepeatCandidate = {
  id: 'b',
  createdAt: '2026-03-10T08:00:00.000Z',
  unitId: 'u1',
  areaId: null,
  blueprintKey: 'in-home-repair',
  category: 'repair',
};
const day = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.parse(base.createdAt) + days * day).toISOString();

describe('isRepeatOf', () => {
  it('links the same unit and blueprint within 30 days, both ways', () => {
    const later = { ...base, id: 'c', createdAt: at(30) };
    expect(isRepeatOf(base, later)).toBe(true);
    expect(isRepeatOf(later, base)).toBe(true);
  });
  it('stops after 30 days', () =>
    expect(isRepeatOf(base, { ...base, id: 'c', createdAt: at(30.001) })).toBe(false));
  it('needs the same place', () => {
    expect(isRepeatOf(base, { ...base, id: 'c', unitId: 'u2' })).toBe(false);
    expect(isRepeatOf({ ...base, unitId: null }, { ...base, id: 'c', unitId: null })).toBe(false);
  });
  it('links the same common area', () => {
    const lift = { ...base, unitId: null, areaId: 'lift-3' };
    expect(isRepeatOf(lift, { ...lift, id: 'c' })).toBe(true);
    expect(isRepeatOf(lift, { ...lift, id: 'c', areaId: 'lobby' })).toBe(false);
  });
  it('needs the same blueprint and, where both have one, category', () => {
    expect(isRepeatOf(base, { ...base, id: 'c', blueprintKey: 'complaint' })).toBe(false);
    expect(isRepeatOf(base, { ...base, id: 'c', category: 'leak' })).toBe(false);
    expect(isRepeatOf(base, { ...base, id: 'c', category: null })).toBe(true);
  });
  it('is never a repeat of itself', () => expect(isRepeatOf(base, base)).toBe(false));
});

it('repeatLinks sorts repeats into earlier and later, oldest first', () => {
  const others = [
    { ...base, id: 'later', createdAt: at(5) },
    { ...base, id: 'too-old', createdAt: at(-31) },
    { ...base, id: 'earliest', createdAt: at(-20) },
    { ...base, id: 'earlier', createdAt: at(-1) },
    { ...base, id: 'a-same-time', createdAt: base.createdAt },
    { ...base, id: 'other-unit', unitId: 'u9' },
  ];
  expect(repeatLinks(base, others)).toEqual({
    earlier: ['earliest', 'earlier', 'a-same-time'],
    later: ['later'],
  });
});

it('repeatWindow spans 30 days either side', () => {
  expect(repeatWindow(base.createdAt)).toEqual({ from: at(-30), to: at(30) });
});
