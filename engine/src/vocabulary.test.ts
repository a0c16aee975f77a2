import { describe, expect, it } from 'vitest';
import { INTAKE } from './machine-config.js';
import { repairBlueprint, sampleRuleset, t } from './test-support/builders.js';
import { validate } from './validate.js';
import { missingLabels, rolesUsed, vocabularyOf } from './vocabulary.js';

describe('vocabularyOf', () => {
  it('gathers the words of blueprints and the ruleset by code', () => {
    const ruleset = { ...sampleRuleset(), teams: { customer_service: t('Customer service', '客服中心') } };
    const words = vocabularyOf([repairBlueprint()], ruleset);
    expect(words.blueprints.repair).toEqual(t('Repair of shared parts', '公共部位报修'));
    expect(words.steps.repair!.dispatch).toEqual(t('dispatch'));
    expect(words.events.DISPATCHED).toEqual(t('Dispatched', '已派工'));
    expect(words.events[INTAKE]!['zh-CN']).toBe('受理');
    expect(words.roles.engineer).toEqual(t('Engineer', '工程师'));
    expect(words.roles.customer!['zh-CN']).toBe('客户');
    expect(words.teams.customer_service!['zh-CN']).toBe('客服中心');
    expect(words.names.satisfaction).toEqual(t('Satisfaction', '满意度'));
    expect(Object.keys(words.rules)).toEqual(ruleset.rules.map((r) => r.id));
  });

  it('reads enumerated values of facts and of form fields', () => {
    const blueprint = repairBlueprint();
    blueprint.steps[1]!.requiredData!.push({
      name: 'floor',
      label: t('Floor', '地面'),
      type: 'choice',
      options: [{ value: 'wet', label: t('Wet', '湿') }],
    });
    const ruleset = {
      ...sampleRuleset(),
      facts: [
        {
          name: 'location',
          label: t('Location', '位置'),
          type: 'choice' as const,
          options: [{ value: 'lift', label: t('Lift', '电梯') }],
        },
      ],
    };
    const words = vocabularyOf([blueprint], ruleset);
    expect(words.values.floor!.wet!['zh-CN']).toBe('湿');
    expect(words.values.location!.lift!['zh-CN']).toBe('电梯');
  });

  it('lets the first blueprint given keep its words for a shared code, and a flow label stand in for an event', () => {
    const a = repairBlueprint();
    const b = { ...repairBlueprint(), key: 'other', events: { RECORDED: t('Logged', '记下') } };
    expect(vocabularyOf([a, b]).events.RECORDED).toEqual(t('Recorded', '已登记'));
    const c = repairBlueprint();
    delete c.events!.RESOLVED;
    c.flows.find((f) => f.event === 'RESOLVED')!.label = t('Mark fixed', '标记修好');
    expect(vocabularyOf([c]).events.RESOLVED).toEqual(t('Mark fixed', '标记修好'));
  });
});

describe('missingLabels', () => {
  it('finds nothing missing in a complete blueprint', () => {
    expect(missingLabels([repairBlueprint()])).toEqual([]);
  });

  it('names events, roles (including escalation and notify roles) and teams without words', () => {
    const blueprint = repairBlueprint();
    delete blueprint.events!.RESOLVED;
    delete blueprint.roles!.supervisor; // only the dispatch time standard escalates to it
    blueprint.steps[2]!.actions = [{ kind: 'notify', to: 'owner_rep', message: t('Hi') }];
    expect(rolesUsed(blueprint)).toContain('supervisor');
    expect(missingLabels([blueprint], sampleRuleset())).toEqual([
      { kind: 'event', code: 'RESOLVED', in: 'repair' },
      { kind: 'role', code: 'owner_rep', in: 'repair' },
      { kind: 'role', code: 'supervisor', in: 'repair' },
      ...[
        ...new Set([
          sampleRuleset().defaults.team,
          ...sampleRuleset().rules.flatMap((r) => (r.decide.team ? [r.decide.team] : [])),
        ]),
      ].map((team) => ({ kind: 'team', code: team, in: 'default' })),
    ]);
  });

  it('is what validate warns of: an unlabeled event and an undeclared role, the blueprint still valid', () => {
    const blueprint = repairBlueprint();
    delete blueprint.events!.RESOLVED;
    delete blueprint.roles!.supervisor;
    const result = validate(blueprint);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ['role.undeclared', 'warning', ['roles']],
      ['event.unlabeled', 'warning', ['events', 'RESOLVED']],
    ]);
    expect(result.diagnostics[1]!.flowId).toBe('fix-callback-resolved');
  });
});
