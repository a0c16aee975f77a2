import { describe, expect, it } from 'vitest';
import { decidingQuestions } from './deciding-question.js';
import type { Ruleset } from './schema/ruleset.js';
import { suggestFacts } from './suggest-facts.js';
import { t } from './test-support/builders.js';

/** Leaks: the words suggest facts, and "mentions water" asks whether it is flowing. */
const leakRules = (): Ruleset => ({
  key: 'leaks',
  name: t('Leaks'),
  facts: [
    { name: 'waterFlowing', label: t('Water flowing', '正在跑水'), type: 'boolean' },
    { name: 'inHome', label: t('Inside a home', '户内'), type: 'boolean' },
    { name: 'peopleTrapped', label: t('People trapped', '有人被困'), type: 'boolean' },
    { name: 'type', label: t('Type', '类型'), type: 'choice' },
  ],
  conditions: {
    saysRepair: {
      label: t('Asks for a repair', '要求维修'),
      condition: { all: [{ fact: 'description', operator: 'textContainsAny', value: ['漏', '坏了'] }] },
      suggests: { fact: 'type', value: 'repair' },
    },
    saysFlat: {
      label: t('Names a flat', '说到房号'),
      condition: { all: [{ fact: 'description', operator: 'textMatchesAny', value: '\\d+栋\\d{3,4}' }] },
      suggests: { fact: 'inHome', value: true },
    },
    mentionsWater: {
      label: t('Mentions water', '说到水'),
      condition: { all: [{ fact: 'description', operator: 'textContainsAny', value: ['水'] }] },
      asks: ['waterFlowing'],
    },
    mentionsLift: {
      label: t('Mentions a lift', '说到电梯'),
      condition: { all: [{ fact: 'description', operator: 'textContainsAny', value: ['电梯'] }] },
      asks: ['peopleTrapped'],
    },
  },
  defaults: { class: 'general', priority: 'normal', blueprint: 'shared-repair', team: 'desk' },
  rules: [
    {
      id: 'water-leak',
      name: t('Water flowing'),
      priority: 100,
      conditions: { all: [{ fact: 'waterFlowing', operator: 'equal', value: true }] },
      decide: { class: 'emergency', blueprint: 'water-leak' },
    },
    {
      id: 'trapped',
      name: t('Trapped'),
      priority: 100,
      conditions: { all: [{ fact: 'peopleTrapped', operator: 'equal', value: true }] },
      decide: { class: 'emergency', blueprint: 'lift-entrapment' },
    },
    {
      id: 'in-home',
      name: t('In a home'),
      priority: 50,
      conditions: { all: [{ condition: 'saysFlat' }, { condition: 'saysRepair' }] },
      decide: { class: 'special', blueprint: 'in-home-repair' },
    },
  ],
});

const description = '3栋1202天花板漏水，水一直往下滴';

describe('suggestFacts', () => {
  it('suggests the facts the words say, by the ruleset’s own shared conditions, with the reason', () => {
    expect(suggestFacts(leakRules(), { description })).toEqual([
      {
        fact: 'type',
        value: 'repair',
        because: { condition: 'saysRepair', label: t('Asks for a repair', '要求维修') },
      },
      {
        fact: 'inHome',
        value: true,
        because: { condition: 'saysFlat', label: t('Names a flat', '说到房号') },
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
        askedBy: [{ condition: 'mentionsWater', label: t('Mentions water', '说到水') }],
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
