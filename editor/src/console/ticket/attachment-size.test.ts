import { describe, expect, it } from 'vitest';
import { formatBytes } from './attachment-size';

describe('formatBytes', () => {
  it('reads bytes, kilobytes and megabytes', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(48_213)).toBe('47 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10.0 MB');
  });
});
