import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDuration } from './time-format';

describe('formatCountdown', () => {
  it('shows minutes and seconds under an hour', () => {
    expect(formatCountdown(125_000)).toBe('2:05');
    expect(formatCountdown(59_999)).toBe('0:59');
  });

  it('shows hours under a day and days beyond', () => {
    expect(formatCountdown(3_600_000 + 62_000)).toBe('1:01:02');
    expect(formatCountdown(2 * 86_400_000 + 3 * 3_600_000 + 1)).toBe('2d 03h');
  });

  it('goes negative once the time standard is breached', () => {
    expect(formatCountdown(-65_000)).toBe('-1:05');
  });
});

describe('formatDuration', () => {
  it('names the two largest units', () => {
    expect(formatDuration(250_000)).toBe('4m 10s');
    expect(formatDuration(3 * 3_600_000)).toBe('3h');
    expect(formatDuration(26 * 3_600_000)).toBe('1d 2h');
  });

  it('keeps short waits in seconds and milliseconds', () => {
    expect(formatDuration(7_400)).toBe('7s');
    expect(formatDuration(352)).toBe('352ms');
  });
});
