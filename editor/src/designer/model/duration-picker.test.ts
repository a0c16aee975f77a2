import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Duration, durationMs } from '@frontstage/engine';
import { fromDuration, PICKER_UNITS, toDuration } from './duration-picker';

const pickerValue = fc.record({
  amount: fc.integer({ min: 1, max: 10_000 }),
  unit: fc.constantFrom(...PICKER_UNITS),
});

/** Any duration the schema accepts, built from its components. */
const storedDuration = fc
  .record({
    w: fc.option(fc.integer({ min: 0, max: 9 })),
    d: fc.option(fc.integer({ min: 0, max: 60 })),
    h: fc.option(fc.integer({ min: 0, max: 48 })),
    m: fc.option(fc.integer({ min: 0, max: 120 })),
    s: fc.option(fc.integer({ min: 0, max: 180 })),
  })
  .map(({ w, d, h, m, s }) => {
    const date = `${w !== null ? `${w}W` : ''}${d !== null ? `${d}D` : ''}`;
    const time = `${h !== null ? `${h}H` : ''}${m !== null ? `${m}M` : ''}${s !== null ? `${s}S` : ''}`;
    return `P${date}${time ? `T${time}` : ''}`;
  })
  .filter((iso) => Duration.safeParse(iso).success);

describe('duration picker', () => {
  it('writes what the schema stores: PT30M, PT2H, P3D', () => {
    expect(toDuration(30, 'minutes')).toBe('PT30M');
    expect(toDuration(2, 'hours')).toBe('PT2H');
    expect(toDuration(3, 'days')).toBe('P3D');
    expect(toDuration(1.5, 'hours')).toBe('PT90M');
  });

  it('reads back every value it can produce, in the same unit', () => {
    fc.assert(
      fc.property(pickerValue, ({ amount, unit }) => {
        const iso = toDuration(amount, unit);
        expect(Duration.safeParse(iso).success).toBe(true);
        expect(fromDuration(iso)).toEqual({ amount, unit });
        expect(toDuration(amount, unit)).toBe(iso);
      }),
    );
  });

  it('never loses a stored duration: the same length in minutes, hours or days, or the text itself', () => {
    fc.assert(
      fc.property(storedDuration, (iso) => {
        const shown = fromDuration(iso);
        if ('raw' in shown) {
          expect(shown.raw).toBe(iso);
          expect(durationMs(iso) % 60_000 !== 0 || durationMs(iso) === 0).toBe(true);
        } else {
          expect(Number.isInteger(shown.amount)).toBe(true);
          expect(durationMs(toDuration(shown.amount, shown.unit))).toBe(durationMs(iso));
        }
      }),
    );
  });

  it('shows PT1H30M as 90 minutes, P1DT2H as 26 hours, P1W as 7 days and PT24H as 24 hours', () => {
    expect(fromDuration('PT1H30M')).toEqual({ amount: 90, unit: 'minutes' });
    expect(fromDuration('P1DT2H')).toEqual({ amount: 26, unit: 'hours' });
    expect(fromDuration('P1W')).toEqual({ amount: 7, unit: 'days' });
    expect(fromDuration('PT24H')).toEqual({ amount: 24, unit: 'hours' });
  });

  it('keeps the text of what it cannot show: seconds, nothing, or not a duration', () => {
    expect(fromDuration('PT90S')).toEqual({ raw: 'PT90S' });
    expect(fromDuration('PT0M')).toEqual({ raw: 'PT0M' });
    expect(fromDuration('2 hours')).toEqual({ raw: '2 hours' });
  });
});
