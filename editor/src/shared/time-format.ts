import type { Locale } from '@frontstage/engine';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Time left until a due time, as a clock the front desk reads at a glance: `m:ss` under an hour,
 * `h:mm:ss` under a day, `2d 03h` beyond; past due it is negative (`-1:05`).
 * @example formatCountdown(125_000) // '2:05'
 */
export function formatCountdown(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const left = Math.floor(Math.abs(ms) / SECOND) * SECOND;
  if (left >= DAY) return `${sign}${Math.floor(left / DAY)}d ${pad(Math.floor((left % DAY) / HOUR))}h`;
  const h = Math.floor(left / HOUR);
  const m = Math.floor((left % HOUR) / MINUTE);
  const s = Math.floor((left % MINUTE) / SECOND);
  return h > 0 ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${m}:${pad(s)}`;
}

/**
 * A span of time in its two largest units, for how long tickets waited at a step.
 * @example formatDuration(250_000) // '4m 10s'
 */
export function formatDuration(ms: number): string {
  if (ms < SECOND) return `${Math.round(ms)}ms`;
  const units: [number, string][] = [
    [DAY, 'd'],
    [HOUR, 'h'],
    [MINUTE, 'm'],
    [SECOND, 's'],
  ];
  const first = units.findIndex(([size]) => ms >= size);
  const [big, bigName] = units[first]!;
  const whole = Math.floor(ms / big);
  const next = units[first + 1];
  if (!next) return `${whole}${bigName}`;
  const rest = Math.floor((ms - whole * big) / next[0]);
  return rest > 0 ? `${whole}${bigName} ${rest}${next[1]}` : `${whole}${bigName}`;
}

/** A moment in the reader's time zone, in their language. */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(locale, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}
