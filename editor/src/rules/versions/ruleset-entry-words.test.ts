import { describe, expect, it } from 'vitest';
import { diffRulesets, type Vocabulary } from '@frontstage/engine';
import { leakRuleset } from '@frontstage/engine/test-support';
import { rulesetEntryWords } from './ruleset-entry-words';

const t = (en: string, zh: string) => ({ 'zh-CN': zh, en });
const vocabulary: Vocabulary = {
  blueprints: {
    'water-leak': t('Water leak', '跑水/爆管应急'),
    'in-home-repair': t('In-home repair', '入户维修'),
  },
  steps: {},
  events: {},
  roles: {},
  teams: { engineering: t('Engineering', '工程部'), security: t('Security', '秩序维护部') },
  names: {},
  values: {},
  rules: {},
};

describe('rulesetEntryWords', () => {
  it('names the team and blueprint a decision changed by the content’s words', () => {
    const after = leakRuleset();
    after.rules[0]!.decide = { ...after.rules[0]!.decide, team: 'security', blueprint: 'in-home-repair' };
    const entries = rulesetEntryWords(diffRulesets(leakRuleset(), after), vocabulary);
    const line = (field: string) => {
      const e = entries.find((x) => x.field === field)!;
      return `${e.before!['zh-CN']} → ${e.after!['zh-CN']}`;
    };
    expect(line('decide.team')).toBe('工程部 → 秩序维护部');
    expect(line('decide.blueprint')).toBe('跑水/爆管应急 → 入户维修');
  });

  it('keeps a code the content does not name, and every other entry as it is', () => {
    const after = leakRuleset();
    after.rules[0]!.decide = { ...after.rules[0]!.decide, team: 'night_shift' };
    after.rules[0]!.priority = 999;
    const raw = diffRulesets(leakRuleset(), after);
    const worded = rulesetEntryWords(raw, vocabulary);
    expect(worded.find((e) => e.field === 'decide.team')!.after).toEqual(t('night_shift', 'night_shift'));
    expect(worded.find((e) => e.field === 'priority')).toEqual(raw.find((e) => e.field === 'priority'));
  });
});
