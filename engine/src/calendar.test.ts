import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingTime, Calendar, nextWorkingInstant } from './calendar.js';

const HOUR = 3_600_000;
// Shanghai office, Monday to Saturday 08:30-18:00; 2026-11-20 is a Friday.
const calendar: Calendar = {
  utcOffsetMinutes: 480,
  workdays: [1, 2, 3, 4, 5, 6],
  opens: '08:30',
  closes: '18:00',
  holidays: ['2026-11-23'],
};
const local = (day: string, hhmm: string) => new Date(Date.parse(`${day}T${hhmm}:00+08:00`)).toISOString();

describe('addWorkingTime', () => {
  it('adds time inside one working day as wall time', () => {
    expect(addWorkingTime(local('2026-11-20', '09:00'), HOUR, calendar)).toBe(local('2026-11-20', '10:00'));
  });

  it('starts counting at opening time when the clock starts before it', () => {
    expect(addWorkingTime(local('2026-11-20', '06:00'), HOUR, calendar)).toBe(local('2026-11-20', '09:30'));
  });

  it('carries what is left over the night into the next working day', () => {
    expect(addWorkingTime(local('2026-11-20', '17:00'), 2 * HOUR, calendar)).toBe(
      local('2026-11-21', '09:30'),
    );
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
    const ny: Calendar = {
      utcOffsetMinutes: -300,
      workdays: [1, 2, 3, 4, 5],
      opens: '09:00',
      closes: '17:00',
    };
    // Friday 16:00 in New York plus two working hours is Monday 10:00.
    expect(addWorkingTime('2026-11-20T21:00:00.000Z', 2 * HOUR, ny)).toBe('2026-11-23T15:00:00.000Z');
  });
});

// The same office with a lunch rest, when residents must not be called.
const lunch: Calendar = { ...calendar, breaks: [{ from: '12:00', to: '14:00' }] };

describe('addWorkingTime with breaks', () => {
  it('stops the clock during a break', () => {
    expect(addWorkingTime(local('2026-11-20', '11:00'), 2 * HOUR, lunch)).toBe(local('2026-11-20', '15:00'));
  });

  it('ends at the start of a break when the time runs out there', () => {
    expect(addWorkingTime(local('2026-11-20', '11:00'), HOUR, lunch)).toBe(local('2026-11-20', '12:00'));
  });

  it('starts counting when a break ends', () => {
    expect(addWorkingTime(local('2026-11-20', '12:30'), HOUR, lunch)).toBe(local('2026-11-20', '15:00'));
  });

  it('skips breaks, the night, the weekend and holidays together', () => {
    // Saturday 17:00 plus three hours: one on Saturday, none on Sunday or the holiday Monday, then Tuesday 08:30-10:30.
    expect(addWorkingTime(local('2026-11-21', '17:00'), 3 * HOUR, lunch)).toBe(local('2026-11-24', '10:30'));
    // A whole working day is 7.5 hours with lunch: Friday 08:30 plus 7.5 h is Friday 18:00.
    expect(addWorkingTime(local('2026-11-20', '08:30'), 7.5 * HOUR, lunch)).toBe(
      local('2026-11-20', '18:00'),
    );
  });

  it('merges overlapping breaks and ignores the part outside opening hours', () => {
    const overlapping: Calendar = {
      ...calendar,
      breaks: [
        { from: '12:00', to: '13:00' },
        { from: '12:30', to: '14:00' },
        { from: '06:00', to: '09:00' },
      ],
    };
    expect(addWorkingTime(local('2026-11-20', '07:00'), 4 * HOUR, overlapping)).toBe(
      local('2026-11-20', '15:00'),
    );
  });

  it('keeps a calendar without breaks exactly as before', () => {
    expect(addWorkingTime(local('2026-11-20', '17:00'), 2 * HOUR, { ...calendar, breaks: [] })).toBe(
      addWorkingTime(local('2026-11-20', '17:00'), 2 * HOUR, calendar),
    );
  });

  it('falls back to wall time when breaks take the whole day, instead of walking for ever', () => {
    const resting: Calendar = {
      ...calendar,
      breaks: [
        { from: '08:00', to: '12:00' },
        { from: '12:00', to: '19:00' },
      ],
    };
    expect(addWorkingTime(local('2026-11-20', '17:00'), HOUR, resting)).toBe(local('2026-11-20', '18:00'));
  });

  it('gives up after ten years without a working day', () => {
    const mondays = Array.from({ length: 600 }, (_, i) =>
      new Date(Date.UTC(2026, 10, 23) + i * 7 * 86_400_000).toISOString().slice(0, 10),
    );
    const never: Calendar = { ...calendar, workdays: [1], holidays: mondays };
    expect(addWorkingTime(local('2026-11-23', '09:00'), HOUR, never)).toBe(local('2036-11-30', '00:00'));
  });
});

describe('Calendar', () => {
  it('accepts breaks and refuses a break that ends before it begins', () => {
    expect(Calendar.safeParse(lunch).success).toBe(true);
    const bad = Calendar.safeParse({ ...calendar, breaks: [{ from: '14:00', to: '12:00' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['breaks', 0, 'to']);
  });
});

describe('nextWorkingInstant', () => {
  it('keeps an instant that is already inside working time', () => {
    expect(nextWorkingInstant(local('2026-11-20', '10:15'), lunch)).toBe(local('2026-11-20', '10:15'));
    expect(nextWorkingInstant(local('2026-11-20', '14:00'), lunch)).toBe(local('2026-11-20', '14:00'));
  });

  it('moves an instant inside a break to the end of the break', () => {
    expect(nextWorkingInstant(local('2026-11-20', '12:00'), lunch)).toBe(local('2026-11-20', '14:00'));
    expect(nextWorkingInstant(local('2026-11-20', '13:59'), lunch)).toBe(local('2026-11-20', '14:00'));
  });

  it('moves an early instant to opening time and a late one to the next working morning', () => {
    expect(nextWorkingInstant(local('2026-11-20', '06:00'), lunch)).toBe(local('2026-11-20', '08:30'));
    expect(nextWorkingInstant(local('2026-11-20', '18:00'), lunch)).toBe(local('2026-11-21', '08:30'));
  });

  it('skips the weekend and holidays', () => {
    // Saturday evening: Sunday is no workday and Monday the 23rd is a holiday.
    expect(nextWorkingInstant(local('2026-11-21', '19:00'), lunch)).toBe(local('2026-11-24', '08:30'));
    expect(nextWorkingInstant(local('2026-11-22', '10:00'), lunch)).toBe(local('2026-11-24', '08:30'));
  });

  it('leaves the instant as it is when there is no working time at all', () => {
    const resting: Calendar = { ...calendar, breaks: [{ from: '00:00', to: '23:59' }] };
    expect(nextWorkingInstant(local('2026-11-20', '12:30'), resting)).toBe(local('2026-11-20', '12:30'));
    const mondays = Array.from({ length: 600 }, (_, i) =>
      new Date(Date.UTC(2026, 10, 23) + i * 7 * 86_400_000).toISOString().slice(0, 10),
    );
    expect(
      nextWorkingInstant(local('2026-11-22', '12:30'), { ...calendar, workdays: [1], holidays: mondays }),
    ).toBe(local('2026-11-22', '12:30'));
  });

  it('works west of Greenwich too', () => {
    const ny: Calendar = {
      utcOffsetMinutes: -300,
      workdays: [1, 2, 3, 4, 5],
      opens: '09:00',
      closes: '17:00',
      breaks: [{ from: '12:00', to: '13:00' }],
    };
    // Friday 12:30 in New York is lunch: call at 13:00; Friday 17:30 waits until Monday 09:00.
    expect(nextWorkingInstant('2026-11-20T17:30:00.000Z', ny)).toBe('2026-11-20T18:00:00.000Z');
    expect(nextWorkingInstant('2026-11-20T22:30:00.000Z', ny)).toBe('2026-11-23T14:00:00.000Z');
  });
});

// An oracle written from the definition, not from the implementation: a local time of day and its day.
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const minuteOf = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
function localParts(instant: string, cal: Calendar) {
  const localMs = Date.parse(instant) + cal.utcOffsetMinutes * 60_000;
  const day = new Date(Math.floor(localMs / 86_400_000) * 86_400_000);
  return {
    minute: (localMs - day.getTime()) / 60_000,
    workday:
      cal.workdays.includes(day.getUTCDay()) &&
      !(cal.holidays ?? []).includes(day.toISOString().slice(0, 10)),
  };
}
/** Where working time may end: (opens, closes], never in (from, to] of a break. */
function endsInWorkingTime(instant: string, cal: Calendar): boolean {
  const { minute, workday } = localParts(instant, cal);
  return (
    workday &&
    minute > minuteOf(cal.opens) &&
    minute <= minuteOf(cal.closes) &&
    !(cal.breaks ?? []).some((b) => minute > minuteOf(b.from) && minute <= minuteOf(b.to))
  );
}
/** Where a call may be placed: [opens, closes), never in [from, to) of a break. */
function inWorkingTime(instant: string, cal: Calendar): boolean {
  const { minute, workday } = localParts(instant, cal);
  return (
    workday &&
    minute >= minuteOf(cal.opens) &&
    minute < minuteOf(cal.closes) &&
    !(cal.breaks ?? []).some((b) => minute >= minuteOf(b.from) && minute < minuteOf(b.to))
  );
}
const hasWorkingMinute = (cal: Calendar) =>
  Array.from({ length: 1440 }, (_, m) => m).some(
    (m) =>
      m >= minuteOf(cal.opens) &&
      m < minuteOf(cal.closes) &&
      !(cal.breaks ?? []).some((b) => m >= minuteOf(b.from) && m < minuteOf(b.to)),
  );

const clock = fc.integer({ min: 0, max: 1439 }).map(hhmm);
const interval = fc
  .tuple(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 600 }))
  .map(([from, len]) => ({ from: hhmm(from), to: hhmm(Math.min(1439, from + len)) }));
const arbitraryCalendar = fc
  .record({
    utcOffsetMinutes: fc.integer({ min: -840, max: 840 }),
    workdays: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
    hours: fc.tuple(clock, clock).map(([a, b]) => (a < b ? [a, b] : [b, a])),
    breaks: fc.array(interval, { maxLength: 3 }),
    holidays: fc.array(
      fc
        .integer({ min: 0, max: 40 })
        .map((d) => new Date(Date.UTC(2026, 10, 1) + d * 86_400_000).toISOString().slice(0, 10)),
      { maxLength: 6 },
    ),
  })
  .map(({ hours, ...rest }): Calendar => ({ ...rest, opens: hours[0]!, closes: hours[1]! }))
  .filter(hasWorkingMinute);
const instant = fc
  .integer({ min: 0, max: 30 * 86_400_000 })
  .map((ms) => new Date(Date.UTC(2026, 10, 1) + ms).toISOString());
// Up to eight hours: even a calendar with one working minute a week holds that within the ten-year walk.
const amount = fc.integer({ min: 0, max: 8 * HOUR });

describe('working time, for any calendar', () => {
  it('is monotonic in the time added, never faster than the wall clock, and never ends inside a break', () => {
    fc.assert(
      fc.property(arbitraryCalendar, instant, amount, amount, (cal, from, a, b) => {
        expect(Calendar.safeParse(cal).success).toBe(true);
        const [small, large] = a <= b ? [a, b] : [b, a];
        const first = Date.parse(addWorkingTime(from, small, cal));
        const second = Date.parse(addWorkingTime(from, large, cal));
        expect(second - first).toBeGreaterThanOrEqual(large - small);
        if (large > 0) expect(endsInWorkingTime(addWorkingTime(from, large, cal), cal)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('has the next working instant inside working time, not before the instant, and stable', () => {
    fc.assert(
      fc.property(arbitraryCalendar, instant, (cal, from) => {
        const next = nextWorkingInstant(from, cal);
        expect(Date.parse(next)).toBeGreaterThanOrEqual(Date.parse(from));
        expect(inWorkingTime(next, cal)).toBe(true);
        expect(nextWorkingInstant(next, cal)).toBe(next);
        if (inWorkingTime(from, cal)) expect(next).toBe(from);
      }),
      { numRuns: 300 },
    );
  });

  it('counts working time from the next working instant', () => {
    fc.assert(
      fc.property(arbitraryCalendar, instant, amount, (cal, from, ms) => {
        fc.pre(ms > 0);
        expect(addWorkingTime(nextWorkingInstant(from, cal), ms, cal)).toBe(addWorkingTime(from, ms, cal));
      }),
      { numRuns: 300 },
    );
  });
});
