const UNIT_MS = { W: 604_800_000, D: 86_400_000, H: 3_600_000, M: 60_000, S: 1_000 } as const;

/**
 * Milliseconds in an ISO-8601 duration of weeks, days, hours, minutes and seconds.
 * @example durationMs('PT15M') === 900_000
 */
export function durationMs(duration: string): number {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!match) throw new RangeError(`Not a duration: ${duration}`);
  const [, w, d, h, m, s] = match;
  return (
    Number(w ?? 0) * UNIT_MS.W +
    Number(d ?? 0) * UNIT_MS.D +
    Number(h ?? 0) * UNIT_MS.H +
    Number(m ?? 0) * UNIT_MS.M +
    Number(s ?? 0) * UNIT_MS.S
  );
}

/**
 * Adds milliseconds to an ISO instant and returns an ISO instant.
 * @example addMs('2026-01-01T00:00:00.000Z', 60_000) === '2026-01-01T00:01:00.000Z'
 */
export function addMs(instant: string, ms: number): string {
  return new Date(Date.parse(instant) + ms).toISOString();
}
