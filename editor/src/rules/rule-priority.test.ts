import { ClassificationRule } from '@frontstage/engine';
import { describe, expect, it } from 'vitest';
import { MAX_PRIORITY, MIN_PRIORITY, parsePriority } from './rule-priority';

// The range comes from the engine's schema, so this test follows it if the schema changes.
const schema = ClassificationRule.shape.priority;
const min = schema.minValue;
const max = schema.maxValue;

describe('parsePriority', () => {
  it("takes the engine schema's range", () => {
    // A schema without bounds would silently fall back to the editor's defaults; refuse that.
    expect(Number.isFinite(min) && Number.isFinite(max)).toBe(true);
    expect([MIN_PRIORITY, MAX_PRIORITY]).toEqual([min, max]);
  });

  it('keeps every whole number in range as typed, the lowest included', () => {
    const lo = min as number;
    const hi = max as number;
    const mid = Math.floor((lo + hi) / 2);
    expect(parsePriority(String(lo))).toBe(lo);
    expect(parsePriority(` ${mid} `)).toBe(mid);
    expect(parsePriority(String(hi))).toBe(hi);
  });

  it('refuses, rather than replaces, what the schema does not allow', () => {
    const lo = min as number;
    const hi = max as number;
    for (const raw of [String(lo - 1), String(-Math.abs(lo) - 3), String(hi + 1), `${lo}.5`, '', 'high']) {
      expect(parsePriority(raw)).toBeNull();
    }
  });

  it('agrees with the schema on what it accepts', () => {
    const lo = min as number;
    const hi = max as number;
    for (const n of [lo - 1, lo, lo + 0.5, hi - 1, hi, hi + 1]) {
      expect(parsePriority(String(n)) !== null).toBe(schema.safeParse(n).success);
    }
  });
});
