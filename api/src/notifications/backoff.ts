const CAP_MS = 3_600_000;

/**
 * How long to wait after the `attempt`-th failed attempt (1-based): `base`, then twice as long each
 * time, capped at an hour; null once `maxAttempts` are spent (the row is given up).
 * @example retryDelay(3, 5_000, 8) // 20_000
 */
export function retryDelay(attempt: number, baseMs: number, maxAttempts: number): number | null {
  if (attempt >= maxAttempts) return null;
  return Math.min(CAP_MS, baseMs * 2 ** (attempt - 1));
}
