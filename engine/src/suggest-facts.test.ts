import { describe, expect, it } from 'vitest';
import { decidingQuestions } from './deciding-question.js';
import { suggestFacts } from './suggest-facts.js';
import { leakRuleset as leakRules, t } from './test-support/builders.js';

const description = '3栋1202天花板漏水，水一直往下滴';

describe('suggestFacts', () => {
  it('suggests the facts the words say, by the ruleset’s own shared conditions, with the reason', () => {
    expect(suggestFacts(leakRules(), { description })).toEqual([
      {
        fact: 'inHome',
        value: true,
        because: { condition: 'mentionsHome', label: t('The words name a flat', '描述说的是户内') },
      },
      {
        fact: 'type',
        value: 'repair',
        because: { condition: 'saysRepair', label: t('The words ask for a repair', '描述要求维修') },
      },
    ]);
  });

  it('suggests nothing the request already gives, and nothing for words it does not know', () => {
    expect(suggestFacts(leakRules(), { description, inHome: false, type: 'repair' })).toEqual([]);
    expect(suggestFacts(leakRules(), { description: '请问物业费怎么交' })).toEqual([]);
    expect(suggestFacts(leakRules(), {})).toEqual([]);
  });

  it('suggests nothing from a ruleset that is not valid', () => {
    expect(suggestFacts({ key: 'broken' }, { description })).toEqual([]);
  });
});

describe('decidingQuestions', () => {
  it('asks the fact whose answer changes the class, with where each answer leads', () => {
    expect(decidingQuestions(leakRules(), { description })).toEqual([
      {
        fact: 'waterFlowing',
        label: t('Water flowing', '正在跑水'),
        ifYes: { class: 'emergency', blueprint: 'water-leak' },
        ifNo: { class: 'special', blueprint: 'in-home-repair' },
        askedBy: [{ condition: 'mentionsWater', label: t('The words mention water', '描述说到水') }],
      },
    ]);
  });

  it('asks only what the words raise: a leak is not asked whether anyone is trapped', () => {
    const asked = decidingQuestions(leakRules(), { description: '电梯里有水' }).map((q) => q.fact);
    expect(asked.sort()).toEqual(['peopleTrapped', 'waterFlowing']);
    expect(decidingQuestions(leakRules(), { description }).map((q) => q.fact)).not.toContain('peopleTrapped');
  });

  it('asks nothing once answered, or when either answer leads to the same place', () => {
    expect(decidingQuestions(leakRules(), { description, waterFlowing: false })).toEqual([]);
    const ruleset = leakRules();
    ruleset.rules = ruleset.rules.filter((r) => r.id !== 'water-leak');
    expect(decidingQuestions(ruleset, { description })).toEqual([]);
  });
});
