import { describe, expect, it } from 'vitest';
import { queryInt } from './query-int.js';

describe('queryInt', () => {
  it('takes digits within bounds and refuses blanks, signs, exponents and fractions', () => {
    const offset = queryInt(0, 1000);
    expect(offset.parse('0')).toBe(0);
    expect(offset.parse('42')).toBe(42);
    for (const bad of ['', ' ', '%20', '-1', '1e3', '1.5', '0x10', '1001', ' 7'])
      expect(offset.safeParse(bad).success, `"${bad}"`).toBe(false);
  });

  it('keeps a default for a missing parameter', () => {
    expect(queryInt(1, 200).default(50).parse(undefined)).toBe(50);
  });
});
