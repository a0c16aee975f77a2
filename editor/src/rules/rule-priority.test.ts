import { describe, expect, it } from 'vitest';
import { MAX_PRIORITY, MIN_PRIORITY, parsePriority } from './rule-priority';

describe('parsePriority', () => {
  it("takes the engine schema's range, 1 to 1000", () => {
    expect([MIN_PRIORITY, MAX_PRIORITY]).toEqual([1, 1000]);
  });

  it('keeps every whole number in range as typed, the lowest included', () => {
    expect(parsePriority('1')).toBe(1);
    expect(parsePriority(' 250 ')).toBe(250);
    expect(parsePriority('1000')).toBe(1000);
  });

  it('refuses, rather than replaces, what the schema does not allow', () => {
    for (const raw of ['0', '-3', '1001', '2.5', '', 'high']) expect(parsePriority(raw)).toBeNull();
  });
});
