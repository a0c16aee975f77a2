import { describe, expect, it } from 'vitest';
import { addWorkingTime, type Calendar } from './calendar.js';

const HOUR = 3_600_000;
// Shanghai office, Monday to Saturday 08:30-18:00; 2026-11-20 is a Friday.
const calendar: Calendar = { utcOffsetMinutes: 480, workdays: [1, 2, 3, 4, 5, 6], opens: '08:30', closes: '18:00', holidays: ['2026-11-23'] };
const local = (day: string, hhmm: string) => new Date(Date.parse(`${day}T${hhmm}:00+08:00`)).toISOString();

describe('addWorkingTime', () => {
  it('adds time inside one working day as wall time', () => {
    expect(addWorkingTime(local('2026-11-20', '09:00'), HOUR, calendar)).toBe(local('2026-11-20', '10:00'));
  });

  it('starts counting at opening time when the clock starts before it', () => {
    expect(addWorkingTime(local('2026-11-20', '06:00'), HOUR, calendar)).toBe(local('2026-11-20', '09:30'));
  });

  it('carries what is left over the night into the next working day', () => {
    expect(addWorkingTime(local('2026-11-20', '17:00'), 2 * HOUR, calendar)).toBe(local('2026-11-21', '09:30'));
  });

  it('skips rest days and holidays', () => {
    // Saturday evening: Sunday is no workday and Monday the 23rd is a holiday.
    expect(addWorkingTime(local('2026-11-21', '17:30'), HOUR, calendar)).toBe(local('2026-11-24', '09:00'));
  });

  it('ends exactly at closing time when the time fits the day', () => {
    expect(addWorkingTime(local('2026-11-20', '17:00'), HOUR, calendar)).toBe(local('2026-11-20', '18:00'));
  });

  it('falls back to wall time when the calendar has no working hours', () => {
    const closed = { ...calendar, opens: '18:00', closes: '08:00' };
    expect(addWorkingTime(local('2026-11-20', '17:00'), HOUR, closed)).toBe(local('2026-11-20', '18:00'));
  });

  it('adds nothing for zero time', () => {
    expect(addWorkingTime(local('2026-11-22', '12:00'), 0, calendar)).toBe(local('2026-11-22', '12:00'));
  });

  it('works west of Greenwich too', () => {
    const ny: Calendar = { utcOffsetMinutes: -300, workdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' };
    // Friday 16:00 in New York plus two working hours is Monday 10:00.
    expect(addWorkingTime('2026-11-20T21:00:00.000Z', 2 * HOUR, ny)).toBe('2026-11-23T15:00:00.000Z');
  });
});
