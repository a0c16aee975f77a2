import type { QuietHours } from '../calendar.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const msOfDay = (hhmm: string) => (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * MINUTE;

/**
 * When a customer notification may go: at `instant` itself outside the quiet hours, else when they
 * end (local time at `utcOffsetMinutes`). A window that spans midnight (21:00-08:00) is quiet from
 * its start to the next day's end.
 * @example quietHoursEnd({ from: '21:00', to: '08:00' }, 480, '2026-01-01T15:00:00.000Z') // '2026-01-02T00:00:00.000Z' (08:00 in Beijing)
 */
export function quietHoursEnd(quiet: QuietHours, utcOffsetMinutes: number, instant: string): string {
  const offset = utcOffsetMinutes * MINUTE;
  const local = Date.parse(instant) + offset;
  const midnight = Math.floor(local / DAY) * DAY;
  const inDay = local - midnight;
  const [from, to] = [msOfDay(quiet.from), msOfDay(quiet.to)];
  let end: number | null = null;
  if (from < to) {
    if (inDay >= from && inDay < to) end = midnight + to;
  } else if (inDay >= from) end = midnight + DAY + to;
  else if (inDay < to) end = midnight + to;
  return end === null ? instant : new Date(end - offset).toISOString();
}
