import { describe, expect, it } from 'vitest';
import { classify, compileRuleset } from './classify.js';
import type { Ruleset } from './schema/ruleset.js';
import { sampleRuleset, t } from './test-support/builders.js';

const ruleset = sampleRuleset();
const classified = (facts: unknown, rules: unknown = ruleset) => {
  const result = classify(rules, facts);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.classification;
};

describe('classify', () => {
  it('falls back to the defaults when no rule fires', () => {
    const c = classified({ type: 'noise', floor: 3 });
    expect(c).toMatchObject({
      class: 'general',
      priority: 'normal',
      blueprint: 'repair',
      team: 'customer_service',
      timeStandards: {},
    });
    expect(c.explanation.decidedBy).toEqual({
      class: 'defaults',
      priority: 'defaults',
      blueprint: 'defaults',
      team: 'defaults',
      role: 'defaults',
    });
    expect(c).not.toHaveProperty('role');
  });

  it('classes a burst pipe as an emergency from the text alone', () => {
    const c = classified({ description: '厨房跑水了' });
    expect(c).toMatchObject({
      class: 'emergency',
      priority: 'urgent',
      blueprint: 'water-leak',
      team: 'engineering',
    });
    expect(c.explanation.decidedBy.class).toBe('water-leak');
  });

  it('lets an emergency win over a special rule even at a lower priority', () => {
    const rules: Ruleset = structuredClone(ruleset);
    rules.rules[0]!.priority = 1;
    const c = classified({ waterFlowing: true, inHome: true, paid: true }, rules);
    expect(c).toMatchObject({
      class: 'emergency',
      blueprint: 'water-leak',
      team: 'engineering',
      priority: 'urgent',
    });
    expect(c.explanation.decidedBy).toMatchObject({ class: 'water-leak', blueprint: 'water-leak' });
  });

  it('takes parts the winning class leaves open from other fired rules, by priority', () => {
    const c = classified({ inHome: true, paid: true, floor: 30 });
    expect(c).toMatchObject({ class: 'special', blueprint: 'in-home-repair', priority: 'high' });
    expect(c.explanation.decidedBy).toMatchObject({
      class: 'in-home-paid',
      priority: 'high-floor',
      blueprint: 'in-home-paid',
    });
  });

  it('collects time-standard overrides, the first rule to set a step winning', () => {
    const c = classified({ location: 'main_gate', type: 'cleaning' });
    expect(c).toMatchObject({ blueprint: 'cleaning', team: 'cleaning', timeStandards: { clean: 'PT5M' } });
  });

  it('ignores the time-standard overrides of a rule whose blueprint lost', () => {
    const rules: Ruleset = structuredClone(ruleset);
    rules.rules.push({
      id: 'paid-cleaning-gate',
      name: t('Paid cleaning at the gate'),
      priority: 50,
      conditions: { all: [{ fact: 'paid', operator: 'equal', value: true }] },
      decide: {
        class: 'special',
        blueprint: 'special-service',
        timeStandards: { respond: 'PT1H', clean: 'PT5M' },
      },
    });
    const c = classified({ waterFlowing: true, paid: true }, rules);
    expect(c).toMatchObject({ class: 'emergency', blueprint: 'water-leak' });
    expect(c.timeStandards).not.toHaveProperty('clean');
    expect(c.timeStandards.respond).not.toBe('PT1H');
  });

  it('explains every rule: which fired, each comparison and the fact value seen', () => {
    const c = classified({ inHome: true, paid: false });
    const inHome = c.explanation.rules.find((r) => r.id === 'in-home-paid')!;
    expect(inHome).toMatchObject({ fired: false, priority: 50, name: t('Paid work in a home', '有偿入户') });
    expect(inHome.conditions).toEqual([
      { fact: 'inHome', operator: 'equal', value: true, factValue: true, result: true },
      { fact: 'paid', operator: 'equal', value: true, factValue: false, result: false },
    ]);
    expect(c.explanation.rules.map((r) => r.id)).toEqual([
      'water-leak',
      'in-home-paid',
      'gate-cleaning',
      'high-floor',
    ]);
  });

  it('lists the facts the rules read that the request did not give', () => {
    const c = classified({ inHome: true });
    expect(c.explanation.missingFacts).toEqual([
      'description',
      'floor',
      'location',
      'paid',
      'type',
      'waterFlowing',
    ]);
    const high = c.explanation.rules.find((r) => r.id === 'high-floor')!;
    // A missing floor is not "20 or less", so the negated rule fires: absent facts simply do not hold.
    expect(high).toMatchObject({
      fired: true,
      conditions: [{ fact: 'floor', factValue: null, result: false }],
    });
  });

  it('reads only own facts, never inherited ones', () => {
    const c = classified(Object.create({ waterFlowing: true }));
    expect(c.class).toBe('general');
  });

  it('takes the role from a rule or from the defaults', () => {
    const rules: Ruleset = structuredClone(ruleset);
    rules.defaults.role = 'frontdesk';
    expect(classified({}, rules).role).toBe('frontdesk');
    const withRole: Ruleset = structuredClone(rules);
    withRole.rules[1]!.decide.role = 'engineer';
    expect(classified({ inHome: true, paid: true }, withRole)).toMatchObject({
      role: 'engineer',
      explanation: { decidedBy: { role: 'in-home-paid' } },
    });
  });

  it('answers a bad ruleset with diagnostics, not an exception', () => {
    for (const bad of [
      null,
      42,
      'rules',
      [],
      { ...ruleset, rules: [{ id: 'X' }] },
      { ...ruleset, defaults: undefined },
    ]) {
      const result = classify(bad, {});
      expect(result.ok).toBe(false);
      expect(!result.ok && result.diagnostics.every((d) => d.code === 'schema.invalid')).toBe(true);
    }
    const result = classify({ ...ruleset, rules: [{ ...ruleset.rules[0], priority: 0 }] }, {});
    expect(!result.ok && result.diagnostics[0]!.path).toEqual(['rules', 0, 'priority']);
  });

  it('answers facts that are not an object with a diagnostic', () => {
    for (const facts of [null, 7, 'leak', [1], true, undefined]) {
      const result = classify(ruleset, facts);
      expect(!result.ok && result.diagnostics[0]).toMatchObject({ code: 'schema.invalid', path: ['facts'] });
    }
  });

  it('compiles a ruleset once and reuses it for the same object', () => {
    const rules = structuredClone(ruleset);
    expect(classified({ waterFlowing: true }, rules).class).toBe('emergency');
    expect(classified({ waterFlowing: true }, rules).class).toBe('emergency');
  });
});

describe('compileRuleset', () => {
  it('orders rules by priority, keeping the written order on ties', () => {
    const rules: Ruleset = structuredClone(ruleset);
    rules.rules[3]!.priority = 50;
    const result = compileRuleset(rules);
    expect(result.ok && result.compiled.rules.map((r) => r.rule.id)).toEqual([
      'water-leak',
      'in-home-paid',
      'high-floor',
      'gate-cleaning',
    ]);
  });
});

describe('classify of facts that are not an object', () => {
  it('refuses them with one schema diagnostic in both languages', () => {
    for (const facts of ['leak', null, [1]])
      expect(classify(ruleset, facts)).toEqual({
        ok: false,
        diagnostics: [
          {
            code: 'schema.invalid',
            severity: 'error',
            path: ['facts'],
            message: { 'zh-CN': '事实应为一个对象', en: 'Facts must be an object' },
          },
        ],
      });
  });
});
