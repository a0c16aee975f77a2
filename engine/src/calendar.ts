import { z } from 'zod';

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day such as 08:30');

/** A daily rest inside opening hours (lunch, the customer's nap), from `from` up to `to`. */
export const CalendarBreak = z
  .strictObject({ from: ClockTime, to: ClockTime })
  .refine((b) => b.from < b.to, { message: 'a break ends after it begins', path: ['to'] });
export type CalendarBreak = z.infer<typeof CalendarBreak>;

/** A daily window, local time, that may span midnight (from 21:00 to 08:00). */
export const QuietHours = z.strictObject({ from: ClockTime, to: ClockTime }).refine((q) => q.from !== q.to, {
  message: 'quiet hours end at another time than they begin',
  path: ['to'],
});
export type QuietHours = z.infer<typeof QuietHours>;

/**
 * A site's working calendar, for time standards that count working hours only (and callbacks
 * that must not disturb residents at rest). Times are local to the site's UTC offset; `breaks`
 * are daily rests (e.g. lunch 12:00-14:00) that count as closed.
 * @example { utcOffsetMinutes: 480, workdays: [1, 2, 3, 4, 5, 6], opens: '08:30', closes: '18:00', breaks: [{ from: '12:00', to: '14:00' }], holidays: ['2026-10-01'] }
 */
export const Calendar = z.strictObject({
  utcOffsetMinutes: z.number().int().min(-840).max(840),
  /** 0 = Sunday … 6 = Saturday. */
  workdays: z.array(z.number().int().min(0).max(6)).min(1),
  opens: ClockTime,
  closes: ClockTime,
  breaks: z.array(CalendarBreak).optional(),
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
  /**
   * When residents rest (e.g. 21:00-08:00, may span midnight): customer notifications wait until it
   * ends, except an emergency's ('avoid calling when the customer rests').
   */
  quietHours: QuietHours.optional(),
});
export type Calendar = z.infer<typeof Calendar>;

const DAY = 86_400_000;
const MINUTE = 60_000;
// Walks are bounded: ten years of days is far beyond any time standard or callback.
const MAX_DAYS = 3660;
const msOfDay = (hhmm: string) => (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * MINUTE;

/** The working part of a day, as [from, to) offsets from local midnight: opening hours minus breaks. */
function dailySegments(calendar: Calendar): [number, number][] {
  let segments: [number, number][] = [[msOfDay(calendar.opens), msOfDay(calendar.closes)]];
  for (const b of calendar.breaks ?? []) {
    const [rest0, rest1] = [msOfDay(b.from), msOfDay(b.to)];
    segments = segments.flatMap(([s, e]): [number, number][] => [
      [s, Math.min(e, rest0)],
      [Math.max(s, rest1), e],
    ]);
  }
  return segments.filter(([s, e]) => s < e);
}

/** Working intervals in local milliseconds, in order, from `local` on (for at most MAX_DAYS days). */
function* workingFrom(
  local: number,
  calendar: Calendar,
  segments: [number, number][],
): Generator<[number, number]> {
  const holidays = new Set(calendar.holidays ?? []);
  const firstDay = Math.floor(local / DAY) * DAY;
  for (let i = 0; i < MAX_DAYS; i++) {
    const dayStart = firstDay + i * DAY;
    const day = new Date(dayStart);
    if (!calendar.workdays.includes(day.getUTCDay()) || holidays.has(day.toISOString().slice(0, 10)))
      continue;
    for (const [s, e] of segments) {
      const from = Math.max(local, dayStart + s);
      if (from < dayStart + e) yield [from, dayStart + e];
    }
  }
}

/**
 * Adds `ms` of working time to an instant: the clock runs only inside opening hours of working
 * days that are not holidays, and stops during breaks. Time that runs out exactly at a closing
 * time or at the start of a break ends there. A calendar with no working time at all falls back
 * to wall time.
 * @example addWorkingTime('2026-11-20T09:00:00Z', 3_600_000, calendar) // skips the weekend when needed
 */
export function addWorkingTime(instant: string, ms: number, calendar: Calendar): string {
  const offset = calendar.utcOffsetMinutes * MINUTE;
  const segments = dailySegments(calendar);
  if (segments.length === 0) return new Date(Date.parse(instant) + ms).toISOString();
  const start = Date.parse(instant) + offset;
  let local = start;
  let remaining = ms;
  if (remaining > 0) {
    for (const [from, to] of workingFrom(start, calendar, segments)) {
      const take = Math.min(remaining, to - from);
      remaining -= take;
      local = from + take;
      if (remaining === 0) break;
    }
    // More working time than ten years hold: stop at the end of the walk, as before breaks existed.
    if (remaining > 0) local = Math.floor(start / DAY) * DAY + MAX_DAYS * DAY;
  }
  return new Date(local - offset).toISOString();
}

/**
 * The first instant at or after `instant` inside working time: on a working day that is no
 * holiday, within opening hours and outside every break. Use it to schedule a callback at a
 * decent hour. A calendar with no working time at all (or none within ten years) leaves the
 * instant as it is.
 * @example nextWorkingInstant('2026-11-20T04:30:00Z', calendar) // 12:30 in Shanghai, lunch rest: '2026-11-20T06:00:00.000Z'
 */
export function nextWorkingInstant(instant: string, calendar: Calendar): string {
  const offset = calendar.utcOffsetMinutes * MINUTE;
  const start = Date.parse(instant) + offset;
  for (const [from] of workingFrom(start, calendar, dailySegments(calendar)))
    return new Date(from - offset).toISOString();
  return new Date(start - offset).toISOString();
}
