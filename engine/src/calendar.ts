import { z } from 'zod';

/**
 * A site's working calendar, for time standards that count working hours only (and callbacks
 * that must not disturb residents at rest). Times are local to the site's UTC offset.
 * @example { utcOffsetMinutes: 480, workdays: [1, 2, 3, 4, 5, 6], opens: '08:30', closes: '18:00', holidays: ['2026-10-01'] }
 */
export const Calendar = z.strictObject({
  utcOffsetMinutes: z.number().int().min(-840).max(840),
  /** 0 = Sunday … 6 = Saturday. */
  workdays: z.array(z.number().int().min(0).max(6)).min(1),
  opens: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  closes: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
});
export type Calendar = z.infer<typeof Calendar>;

const DAY = 86_400_000;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Adds `ms` of working time to an instant: the clock runs only inside opening hours of working
 * days that are not holidays. A calendar with no working time at all falls back to wall time.
 * @example addWorkingTime('2026-11-20T09:00:00Z', 3_600_000, calendar) // skips the weekend when needed
 */
export function addWorkingTime(instant: string, ms: number, calendar: Calendar): string {
  const offset = calendar.utcOffsetMinutes * 60_000;
  const open = minutes(calendar.opens) * 60_000;
  const close = minutes(calendar.closes) * 60_000;
  if (close <= open) return new Date(Date.parse(instant) + ms).toISOString();
  const holidays = new Set(calendar.holidays ?? []);
  let local = Date.parse(instant) + offset;
  let remaining = ms;
  // Bounded walk, a day at a time: ten years of days is far beyond any time standard.
  for (let i = 0; i < 3660 && remaining > 0; i++) {
    const dayStart = Math.floor(local / DAY) * DAY;
    const day = new Date(dayStart);
    const working = calendar.workdays.includes(day.getUTCDay()) && !holidays.has(day.toISOString().slice(0, 10));
    const from = Math.max(local, dayStart + open);
    if (working && from < dayStart + close) {
      const take = Math.min(remaining, dayStart + close - from);
      remaining -= take;
      local = from + take;
      if (remaining === 0) break;
    }
    local = dayStart + DAY;
  }
  return new Date(local - offset).toISOString();
}
