import { describe, expect, it } from 'vitest';
import { sampleRuleset } from '../../rules/sample-ruleset';
import { teamsOf } from './teams';

describe('teamsOf', () => {
  it('lists the teams the ruleset routes to, with those named besides, each once and sorted', () => {
    const ruleset = sampleRuleset();
    const routed = new Set(ruleset.rules.map((r) => r.decide.team).filter(Boolean));
    const teams = teamsOf(ruleset, ['greening', null, ruleset.defaults.team]);
    for (const team of routed) expect(teams).toContain(team);
    expect(teams).toContain('greening');
    expect(teams).toEqual([...new Set(teams)].sort());
  });

  it('works without a ruleset', () => {
    expect(teamsOf(null, ['security', undefined])).toEqual(['security']);
  });
});
