import { describe, expect, it } from 'vitest';
import { checkIntakeHints } from './intake-hints-check.js';
import { compileRuleset } from './classify.js';
import { leakRuleset } from './test-support/builders.js';

describe('checkIntakeHints', () => {
  it('finds nothing wrong with what the leak rules suggest and ask', () => {
    expect(checkIntakeHints(leakRuleset())).toEqual([]);
  });

  it('names a suggested or asked fact the ruleset does not declare, and a value the fact cannot take', () => {
    const ruleset = leakRuleset();
    const shared = ruleset.conditions!;
    shared.saysRepair = { ...shared.saysRepair!, suggests: { fact: 'type', value: 'painting' } };
    shared.mentionsHome = { ...shared.mentionsHome!, suggests: { fact: 'inHome', value: 'yes' } };
    shared.mentionsWater = { ...shared.mentionsWater!, asks: ['waterFlowing', 'floorWet'] };
    shared.mentionsLift = { ...shared.mentionsLift!, suggests: { fact: 'liftNumber', value: 2 } };
    const found = checkIntakeHints(ruleset).map((d) => `${d.code} ${d.path.join('.')}`);
    expect(found).toEqual([
      'ruleset.intake_bad_value conditions.mentionsHome.suggests.value',
      'ruleset.intake_bad_value conditions.saysRepair.suggests.value',
      'ruleset.intake_unknown_fact conditions.mentionsWater.asks.1',
      'ruleset.intake_unknown_fact conditions.mentionsLift.suggests.fact',
    ]);
    expect(checkIntakeHints(ruleset)[0]!.message['zh-CN']).toContain('“户内”（inHome）');
  });

  it('keeps such a ruleset from compiling, so it cannot be published', () => {
    const ruleset = leakRuleset();
    ruleset.conditions!.mentionsWater!.asks = ['floorWet'];
    const compiled = compileRuleset(ruleset);
    expect(compiled.ok).toBe(false);
    expect(compiled.diagnostics.map((d) => d.code)).toContain('ruleset.intake_unknown_fact');
  });
});
