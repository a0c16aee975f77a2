import { describe, expect, it } from 'vitest';
import { classify, compileRuleset, outcomeOf } from './classify.js';
import { validate } from './validate.js';
import type { Ruleset } from './schema/ruleset.js';
import { flow, repairBlueprint, t } from './test-support/builders.js';

/** A ruleset where two rules share "inside a home" and one shares "a leak", written once each. */
const homeRules = (): Ruleset => ({
  key: 'home',
  name: t('Home rules'),
  conditions: {
    insideHome: {
      label: t('Inside a home', '户内'),
      condition: {
        any: [
          { fact: 'inHome', operator: 'equal', value: true },
          { fact: 'description', operator: 'textMatchesAny', value: '\\d+栋\\d{3,4}' },
        ],
      },
    },
    leakAtHome: {
      label: t('A leak in a home', '户内漏水'),
      condition: {
        all: [
          { condition: 'insideHome' },
          { fact: 'description', operator: 'textContainsAny', value: ['漏水'] },
        ],
      },
    },
  },
  defaults: { class: 'general', priority: 'normal', blueprint: 'repair', team: 'desk' },
  rules: [
    {
      id: 'leak',
      name: t('Leak at home'),
      priority: 20,
      conditions: { all: [{ condition: 'leakAtHome' }] },
      decide: { class: 'special', blueprint: 'in-home-repair' },
    },
    {
      id: 'paid',
      name: t('Paid at home'),
      priority: 10,
      conditions: { all: [{ condition: 'insideHome' }, { fact: 'paid', operator: 'equal', value: true }] },
      decide: { team: 'supplier' },
    },
  ],
});

const classified = (facts: Record<string, unknown>, ruleset: Ruleset = homeRules()) => {
  const result = classify(ruleset, facts);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.classification;
};
const diagnosticsOf = (ruleset: Ruleset) => {
  const result = compileRuleset(ruleset);
  return result.diagnostics;
};

describe('shared conditions', () => {
  it('hold where the condition they name holds, through other shared conditions too', () => {
    expect(classified({ description: '3栋1202卫生间漏水' })).toMatchObject({
      class: 'special',
      team: 'desk',
    });
    expect(classified({ description: '大堂漏水' }).class).toBe('general');
    expect(classified({ inHome: true, paid: true, description: '漏水' })).toMatchObject({
      class: 'special',
      team: 'supplier',
    });
  });

  it('explain a shared condition once, by its label, and not its comparisons in every rule', () => {
    const c = classified({ description: '3栋1202卫生间漏水' });
    const [leak, paid] = c.explanation.rules;
    expect(leak!.conditions).toEqual([
      { condition: 'leakAtHome', label: t('A leak in a home', '户内漏水'), result: true },
    ]);
    expect(paid!.conditions[0]).toEqual({
      condition: 'insideHome',
      label: t('Inside a home', '户内'),
      result: true,
    });
    expect(c.explanation.sharedConditions).toEqual([
      {
        name: 'insideHome',
        label: t('Inside a home', '户内'),
        result: true,
        conditions: [
          { fact: 'inHome', operator: 'equal', value: true, factValue: null, result: false },
          {
            fact: 'description',
            operator: 'textMatchesAny',
            value: '\\d+栋\\d{3,4}',
            factValue: '3栋1202卫生间漏水',
            result: true,
          },
        ],
      },
      {
        name: 'leakAtHome',
        label: t('A leak in a home', '户内漏水'),
        result: true,
        conditions: [
          { condition: 'insideHome', label: t('Inside a home', '户内'), result: true },
          {
            fact: 'description',
            operator: 'textContainsAny',
            value: ['漏水'],
            factValue: '3栋1202卫生间漏水',
            result: true,
          },
        ],
      },
    ]);
    // A fact read only inside a shared condition still counts as missing when not given.
    expect(c.explanation.missingFacts).toEqual(['inHome', 'paid']);
  });

  it('refuses a reference to a shared condition that does not exist, naming the rule and the name', () => {
    const ruleset = homeRules();
    ruleset.rules[1]!.conditions = {
      all: [{ fact: 'paid', operator: 'equal', value: true }, { not: { condition: 'isHome' } }],
    };
    const [d, ...rest] = diagnosticsOf(ruleset).filter((x) => x.severity === 'error');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'ruleset.unknown_condition',
      path: ['rules', 1, 'conditions', 'all', 1, 'not'],
    });
    expect(d!.message.en).toContain('Paid at home');
    expect(d!.message.en).toContain('isHome');
    expect(d!.message['zh-CN']).toContain('不存在的共享条件“isHome”');
    expect(classify(ruleset, {}).ok).toBe(false);
  });

  it('refuses shared conditions that refer to each other in a circle', () => {
    const ruleset = homeRules();
    ruleset.conditions!.insideHome!.condition = { any: [{ condition: 'leakAtHome' }] };
    const errors = diagnosticsOf(ruleset).filter((x) => x.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'ruleset.condition_cycle', path: ['conditions', 'insideHome'] });
    expect(errors[0]!.message.en).toContain('insideHome → leakAtHome → insideHome');
    expect(errors[0]!.message['zh-CN']).toContain('循环');
  });

  it('warns of a shared condition nothing uses, and still compiles', () => {
    const ruleset = homeRules();
    ruleset.rules = [ruleset.rules[1]!];
    const result = compileRuleset(ruleset);
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'ruleset.unused_condition',
        severity: 'warning',
        path: ['conditions', 'leakAtHome'],
      }),
    ]);
    // One that suggests a fact at intake is used even if no rule names it.
    ruleset.conditions!.leakAtHome!.suggests = { fact: 'type', value: 'repair' };
    expect(compileRuleset(ruleset).diagnostics).toEqual([]);
    // It takes no part in the decision, so the explanation leaves it out.
    expect(
      classified({ description: '3栋1202漏水' }, ruleset).explanation.sharedConditions?.map((x) => x.name),
    ).toEqual(['insideHome']);
  });

  it('may stand alone at the top of a rule, as json-rules-engine allows', () => {
    const ruleset = homeRules();
    ruleset.rules[0]!.conditions = { condition: 'leakAtHome' };
    expect(classified({ description: '3栋1202漏水' }, ruleset).class).toBe('special');
  });

  it('are refused in a blueprint flow, which has no shared conditions to name', () => {
    const b = repairBlueprint();
    b.flows.push({
      ...flow('record', 'closed'),
      id: 'shortcut',
      condition: { all: [{ condition: 'insideHome' }] },
    });
    const result = validate(b);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]!.message.en).toContain('shared condition "insideHome"');
  });

  it('refuses a pattern that is not a regular expression', () => {
    const ruleset = homeRules();
    ruleset.conditions!.insideHome!.condition = {
      all: [{ fact: 'description', operator: 'textMatchesAny', value: '(' }],
    };
    const result = compileRuleset(ruleset);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]!.message['zh-CN']).toContain('匹配模式');
  });

  it('are evaluated once per classification, however many rules name them', () => {
    const ruleset = homeRules();
    ruleset.rules.push({ ...ruleset.rules[1]!, id: 'paid-2' }, { ...ruleset.rules[1]!, id: 'paid-3' });
    let reads = 0;
    const facts = Object.defineProperty({}, 'inHome', {
      enumerable: true,
      get: () => {
        reads++;
        return true;
      },
    });
    classified(facts, ruleset);
    // Once to decide, once to explain the shared condition: not once per rule.
    expect(reads).toBe(2);
  });

  it('give the same class and blueprint without the explanation as with it', () => {
    const compiled = compileRuleset(homeRules());
    if (!compiled.ok) throw new Error('valid');
    for (const facts of [
      {},
      { description: '3栋1202漏水' },
      { inHome: true, paid: true },
      { description: '大堂漏水' },
    ]) {
      const c = classified(facts);
      expect(outcomeOf(compiled.compiled, facts)).toEqual({ class: c.class, blueprint: c.blueprint });
    }
  });
});
