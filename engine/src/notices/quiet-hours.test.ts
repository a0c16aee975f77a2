import { describe, expect, it } from 'vitest';
import { quietHoursEnd } from './quiet-hours.js';

const BEIJING = 480;
const night = { from: '21:00', to: '08:00' };

describe('quietHoursEnd', () => {
  it('lets a message go at once outside the quiet hours', () => {
    // 10:00 in Beijing.
    expect(quietHoursEnd(night, BEIJING, '2026-03-02T02:00:00.000Z')).toBe('2026-03-02T02:00:00.000Z');
  });

  it('holds a message sent late in the evening until the next morning', () => {
    // 23:30 in Beijing on 2 March: released at 08:00 on 3 March (00:00 UTC).
    expect(quietHoursEnd(night, BEIJING, '2026-03-02T15:30:00.000Z')).toBe('2026-03-03T00:00:00.000Z');
  });

  it('holds a message sent before dawn until the same morning', () => {
    // 05:00 in Beijing on 3 March.
    expect(quietHoursEnd(night, BEIJING, '2026-03-02T21:00:00.000Z')).toBe('2026-03-03T00:00:00.000Z');
  });

  it('treats the window as ending at its `to` time (08:00 itself is no longer quiet)', () => {
    expect(quietHoursEnd(night, BEIJING, '2026-03-03T00:00:00.000Z')).toBe('2026-03-03T00:00:00.000Z');
  });

  it('handles a window inside one day (the afternoon nap)', () => {
    const nap = { from: '12:00', to: '14:00' };
    expect(quietHoursEnd(nap, BEIJING, '2026-03-03T04:30:00.000Z')).toBe('2026-03-03T06:00:00.000Z');
    expect(quietHoursEnd(nap, BEIJING, '2026-03-03T06:30:00.000Z')).toBe('2026-03-03T06:30:00.000Z');
  });
});
