import { describe, expect, it } from 'vitest';
import { retryDelay } from './backoff.js';

describe('retryDelay', () => {
  it('doubles the wait after each failed attempt', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 1000, 8))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never waits more than an hour', () => {
    expect(retryDelay(20, 60_000, 30)).toBe(3_600_000);
  });

  it('gives up once the attempts are spent', () => {
    expect(retryDelay(8, 1000, 8)).toBeNull();
  });
});
