import { describe, expect, it } from 'vitest';
import { RecentKeys } from './recent-keys.js';

describe('RecentKeys', () => {
  it('says a key is new once', () => {
    const seen = new RecentKeys(4);
    expect([seen.add('a'), seen.add('b'), seen.add('a')]).toEqual([true, true, false]);
  });

  it('forgets the oldest key when full', () => {
    const seen = new RecentKeys(2);
    seen.add('a');
    seen.add('b');
    seen.add('c');
    expect(seen.add('a')).toBe(true);
    expect(seen.add('c')).toBe(false);
  });
});
