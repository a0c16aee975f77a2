import { describe, expect, it } from 'vitest';
import { formatValue, parseValue } from './condition-value';

describe('condition values', () => {
  it('reads lists for list operators and scalars otherwise', () => {
    expect(parseValue('in', 'main_gate, lobby')).toEqual(['main_gate', 'lobby']);
    expect(parseValue('textContainsAny', '跑水，burst pipe')).toEqual(['跑水', 'burst pipe']);
    expect(parseValue('equal', 'true')).toBe(true);
    expect(parseValue('lessThan', '20')).toBe(20);
    expect(parseValue('equal', 'cleaning')).toBe('cleaning');
  });

  it('writes back what it reads', () => {
    expect(formatValue(parseValue('in', 'a, b'))).toBe('a, b');
    expect(formatValue(3)).toBe('3');
  });
});
