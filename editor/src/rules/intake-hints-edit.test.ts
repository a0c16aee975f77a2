import { describe, expect, it } from 'vitest';
import { leakRuleset } from '@frontstage/engine/test-support';
import { firstValueOf, withIntakeHints } from './intake-hints-edit';

describe('editing what a shared condition suggests and asks', () => {
  const facts = leakRuleset().facts!;
  const fact = (name: string) => facts.find((f) => f.name === name)!;

  it('starts a newly picked fact at the first value it can take', () => {
    expect(firstValueOf(fact('inHome'))).toBe(true);
    expect(firstValueOf(fact('type'))).toBe('repair');
    expect(firstValueOf({ name: 'floor', label: { 'zh-CN': '楼层', en: 'Floor' }, type: 'number' })).toBe(0);
  });

  it('sets and clears the suggestion and the questions, leaving no empty list behind', () => {
    const water = leakRuleset().conditions!.mentionsWater!;
    const both = withIntakeHints(water, { fact: 'inHome', value: false }, ['waterFlowing', 'inHome']);
    expect(both.suggests).toEqual({ fact: 'inHome', value: false });
    expect(both.asks).toEqual(['waterFlowing', 'inHome']);
    const none = withIntakeHints(both, undefined, []);
    expect('suggests' in none || 'asks' in none).toBe(false);
    expect(none.condition).toEqual(water.condition);
  });
});
