import { describe, expect, it } from 'vitest';
import type { Blueprint, Step } from '../schema/blueprint.js';
import type { Ruleset } from '../schema/ruleset.js';
import { flow, leakRuleset, repairBlueprint, sampleRuleset, t, task } from '../test-support/builders.js';
import { diffBlueprints, diffRulesets, type DiffEntry } from './document-diff.js';

/** The repair blueprint with one step changed. */
const withStep = (id: string, change: (s: Step) => Step, bp: Blueprint = repairBlueprint()): Blueprint => ({
  ...bp,
  steps: bp.steps.map((s) => (s.id === id ? change(s) : s)),
});

/** An entry as a designer reads it, in one language. */
const line = (e: DiffEntry, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  `${e.change} ${e.where[locale]}: ${e.before?.[locale] ?? '∅'} → ${e.after?.[locale] ?? '∅'}`;

describe('diffBlueprints', () => {
  it('finds nothing between a blueprint and itself, nor in a change of layout only', () => {
    const bp = repairBlueprint();
    expect(diffBlueprints(bp, repairBlueprint())).toEqual([]);
    expect(diffBlueprints(bp, { ...bp, layout: { steps: { fix: { x: 900, y: 40 } } } })).toEqual([]);
  });

  it('reads a changed time standard in words: 抢修 · 时限 · 时长 4 小时 → 2 小时', () => {
    const before = withStep('fix', (s) => ({
      ...s,
      label: t('Emergency repair', '抢修'),
      timeStandard: { duration: 'PT4H' },
    }));
    const after = withStep('fix', (s) => ({ ...s, timeStandard: { duration: 'PT2H' } }), before);
    const [entry, ...rest] = diffBlueprints(before, after);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ change: 'changed', field: 'timeStandard.duration', stepId: 'fix' });
    expect(line(entry!)).toBe('changed 抢修 · 时限 · 时长: 4 小时 → 2 小时');
    expect(line(entry!, 'en')).toBe('changed Emergency repair · Time standard · Duration: 4 hours → 2 hours');
  });

  it('names a time standard given to a step that had none, part by part, and the clock in words', () => {
    const after = withStep('record', (s) => ({
      ...s,
      timeStandard: { duration: 'PT1H30M', clock: 'business' },
    }));
    const lines = diffBlueprints(repairBlueprint(), after).map((e) => line(e, 'en'));
    expect(lines).toEqual([
      'added record · Time standard · Duration: ∅ → 1 hour 30 minutes',
      'added record · Time standard · Clock: ∅ → working hours only',
    ]);
  });

  it('lists each role added to and removed from a step', () => {
    const after = withStep('dispatch', (s) => ({ ...s, roles: ['supervisor', 'plumber'] }));
    const entries = diffBlueprints(repairBlueprint(), after);
    expect(entries.map((e) => [e.change, e.field, e.stepId, e.after?.en ?? e.before?.en])).toEqual([
      ['added', 'roles', 'dispatch', 'supervisor (Supervisor)'],
      ['added', 'roles', 'dispatch', 'plumber'],
      ['removed', 'roles', 'dispatch', 'dispatcher (Dispatcher)'],
    ]);
  });

  it('names a role by its declared name beside its id', () => {
    const before = { ...repairBlueprint(), roles: { plumber: t('Plumber', '水电工') } };
    const after = withStep('fix', (s) => ({ ...s, roles: ['engineer', 'plumber'] }), before);
    expect(diffBlueprints(before, after).map((e) => e.after?.['zh-CN'])).toEqual(['plumber（水电工）']);
  });

  it('reads label, lane, moment of truth, fail point and actions in words', () => {
    const after = withStep('fix', (s) => ({
      ...s,
      label: t('Repair on site', '上门维修'),
      lane: 'frontstage',
      momentOfTruth: undefined,
      failPoint: t('Wrong parts', '配件不对'),
      actions: [{ kind: 'notify', to: 'supervisor', message: t('Started', '已开始') }],
    }));
    const lines = diffBlueprints(repairBlueprint(), after).map((e) => `${e.field}: ${line(e)}`);
    expect(lines).toEqual([
      'label: changed 上门维修 · 名称: fix → 上门维修',
      'lane: changed 上门维修 · 泳道: 后台 → 前台',
      'momentOfTruth: removed 上门维修 · 关键时刻: 是 → ∅',
      'failPoint: changed 上门维修 · 易失误点: 缺少配件 → 配件不对',
      'actions: added 上门维修 · 动作: ∅ → 通知 supervisor',
    ]);
  });

  it('lists form fields added, removed and changed, by their labels', () => {
    const after = withStep('callback', (s) => ({
      ...s,
      requiredData: [
        { name: 'satisfaction', label: t('Satisfaction', '满意度'), type: 'integer', min: 1, max: 10 },
        { name: 'remark', label: t('Remark', '备注'), type: 'text' },
      ],
    }));
    const before = withStep('record', (s) => ({ ...s, requiredData: undefined }));
    const both = withStep('record', (s) => ({ ...s, requiredData: undefined }), after);
    expect(diffBlueprints(repairBlueprint(), after).map((e) => [e.change, e.field, line(e)])).toEqual([
      ['changed', 'requiredData.max', 'changed callback · 满意度 · 最大值: 5 → 10'],
      ['added', 'requiredData', 'added callback · 备注: ∅ → ∅'],
    ]);
    expect(
      diffBlueprints(repairBlueprint(), before).map((e) => [e.change, e.field, e.side, line(e)]),
    ).toEqual([['removed', 'requiredData', 'before', 'removed record · 位置: ∅ → ∅']]);
    expect(diffBlueprints(repairBlueprint(), both)).toHaveLength(3);
  });

  it('lists steps and flows added and removed, a removed one pointing into the older version', () => {
    const bp = repairBlueprint();
    const after: Blueprint = {
      ...bp,
      steps: [...bp.steps.filter((s) => s.id !== 'callback'), task('inspect', 'backstage', ['supervisor'])],
      flows: [
        ...bp.flows.filter((f) => f.from !== 'callback' && f.to !== 'callback'),
        flow('fix', 'inspect', 'INSPECT'),
      ],
    };
    const entries = diffBlueprints(bp, after).map((e) => [
      e.change,
      e.field,
      e.stepId ?? e.flowId,
      e.side,
      e.where.en,
    ]);
    expect(entries).toEqual([
      ['added', 'step', 'inspect', 'after', 'inspect'],
      ['removed', 'step', 'callback', 'before', 'callback'],
      ['added', 'flow', 'fix-inspect-inspect', 'after', 'flow fix → inspect'],
      ['removed', 'flow', 'fix-callback-resolved', 'before', 'flow fix → callback'],
      ['removed', 'flow', 'callback-satisfied-callback_done', 'before', 'flow callback → Satisfied?'],
    ]);
  });

  it('reads a retargeted flow by the steps it joins', () => {
    const bp = repairBlueprint();
    const after = { ...bp, flows: bp.flows.map((f) => (f.id === 'unsatisfied' ? { ...f, to: 'fix' } : f)) };
    const [entry] = diffBlueprints(bp, after);
    expect(entry).toMatchObject({ change: 'changed', field: 'to', flowId: 'unsatisfied' });
    expect(line(entry!, 'en')).toBe('changed flow Satisfied? → fix · To: dispatch → fix');
  });

  it('reads a changed condition, event and flow roles in words', () => {
    const bp = repairBlueprint();
    const after = {
      ...bp,
      flows: bp.flows.map((f) =>
        f.id === 'unsatisfied'
          ? {
              ...f,
              condition: {
                any: [
                  { fact: 'satisfaction', operator: 'lessThanInclusive' as const, value: 2 },
                  { not: { fact: 'resolved', operator: 'equal' as const, value: true } },
                ],
              },
            }
          : f.id === 'record-dispatch-recorded'
            ? { ...f, event: 'LOGGED', roles: ['frontdesk'] }
            : f,
      ),
    };
    expect(diffBlueprints(bp, after).map((e) => `${e.field}: ${line(e)}`)).toEqual([
      'event: changed 连线 record → dispatch · 事件: RECORDED → LOGGED',
      'roles: added 连线 record → dispatch · 角色: ∅ → frontdesk（前台）',
      'condition: changed 连线 满意吗 → dispatch · 条件: satisfaction < 3 → satisfaction ≤ 2 或 非（resolved = 是）',
    ]);
  });

  it('says which language of a text changed when only one did', () => {
    const after = withStep('fix', (s) => ({ ...s, label: { ...s.label, 'zh-CN': '维修' } }));
    const [entry, ...rest] = diffBlueprints(repairBlueprint(), after);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ field: 'label.zh-CN', path: ['steps', 3, 'label', 'zh-CN'] });
    expect(line(entry!, 'en')).toBe('changed fix · Label · Chinese: fix → 维修');
  });

  it('reads the blueprint’s own name and class', () => {
    const bp = repairBlueprint();
    const after: Blueprint = { ...bp, name: t('Repairs', '报修'), class: 'emergency' };
    expect(diffBlueprints(bp, after).map((e) => line(e, 'en'))).toEqual([
      'changed Name: Repair of shared parts → Repairs',
      'changed Class: general → emergency',
    ]);
  });
});

describe('diffRulesets', () => {
  const withRule = (id: string, change: (r: Ruleset['rules'][number]) => Ruleset['rules'][number]) => {
    const rs = sampleRuleset();
    return { ...rs, rules: rs.rules.map((r) => (r.id === id ? change(r) : r)) };
  };

  it('reads a rule’s changed condition, decision and priority, naming the rule by its name', () => {
    const after = withRule('water-leak', (r) => ({
      ...r,
      priority: 120,
      conditions: { all: [{ fact: 'waterFlowing', operator: 'equal', value: true }] },
      decide: { ...r.decide, team: 'security' },
    }));
    const lines = diffRulesets(sampleRuleset(), after).map((e) => `${e.ruleId} ${e.field}: ${line(e)}`);
    expect(lines).toEqual([
      'water-leak conditions: changed 跑水 · 条件: waterFlowing = 是 或 description 提到任一 [跑水、burst pipe] → waterFlowing = 是',
      'water-leak priority: changed 跑水 · 优先级: 100 → 120',
      'water-leak decide.team: changed 跑水 · 决定 · 班组: engineering → security',
    ]);
  });

  it('reads a time standard a rule decides in words, and rules added and removed', () => {
    const rs = sampleRuleset();
    const after: Ruleset = {
      ...rs,
      rules: [
        ...rs.rules
          .filter((r) => r.id !== 'high-floor')
          .map((r) =>
            r.id === 'gate-cleaning'
              ? { ...r, decide: { ...r.decide, timeStandards: { clean: 'PT10M' } } }
              : r,
          ),
        {
          id: 'lift',
          name: t('Lift', '电梯'),
          priority: 90,
          conditions: { all: [{ fact: 'peopleTrapped', operator: 'equal', value: true }] },
          decide: { class: 'emergency' },
        },
      ],
    };
    const lines = diffRulesets(rs, after).map(
      (e) => `${e.change} ${e.field} ${e.ruleId}: ${e.before?.en ?? ''}→${e.after?.en ?? ''}`,
    );
    expect(lines).toEqual([
      'changed decide.timeStandards.clean gate-cleaning: 5 minutes→10 minutes',
      'added rule lift: →',
      'removed rule high-floor: →',
    ]);
  });
});

describe('diffRulesets, by the ruleset’s own words', () => {
  it('reads a changed condition by the facts’ and shared conditions’ labels, never their codes', () => {
    const before = leakRuleset();
    const after = leakRuleset();
    const rule = (id: string) => after.rules.find((r) => r.id === id)!;
    rule('water-leak').conditions = {
      all: [
        { fact: 'waterFlowing', operator: 'equal', value: true },
        { fact: 'type', operator: 'in', value: ['repair', 'cleaning'] },
      ],
    };
    rule('in-home-repair').conditions = { all: [{ condition: 'insideHome' }] };
    const lines = diffRulesets(before, after).map((e) => `${e.ruleId} ${line(e)}`);
    expect(lines).toEqual([
      'water-leak changed 跑水/爆管应急 · 条件: 正在跑水 = 是 → 正在跑水 = 是 且 请求类型 属于 [维修、清洁]',
      'in-home-repair changed 居家维修 · 条件: 「户内」 且 「描述要求维修」 → 「户内」',
    ]);
  });

  it('lists shared conditions added, removed and changed, with what they suggest and ask', () => {
    const before = leakRuleset();
    const after = leakRuleset();
    const shared = after.conditions!;
    shared.mentionsWater = { ...shared.mentionsWater!, asks: ['waterFlowing', 'inHome'] };
    shared.saysRepair = { ...shared.saysRepair!, suggests: { fact: 'type', value: 'cleaning' } };
    delete shared.mentionsLift;
    shared.saysClean = {
      label: t('The words ask for cleaning', '描述要求清洁'),
      condition: { all: [{ fact: 'description', operator: 'textContainsAny', value: ['打扫'] }] },
    };
    const entries = diffRulesets(before, after);
    expect(entries.map((e) => `${e.conditionName} ${e.field} ${line(e)}`)).toEqual([
      'saysRepair suggests changed 共享条件「描述要求维修」 · 提示填写: 请求类型 = 维修 → 请求类型 = 清洁',
      'mentionsWater asks changed 共享条件「描述说到水」 · 追问: 正在跑水 → 正在跑水、户内',
      'saysClean sharedCondition added 共享条件「描述要求清洁」: ∅ → ∅',
      'mentionsLift sharedCondition removed 共享条件「描述说到电梯」: ∅ → ∅',
    ]);
    expect(entries[1]!.after?.en).toBe('Water flowing, Inside a home');
  });
});
