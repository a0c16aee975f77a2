import type { Blueprint, Lane, Ruleset, Step } from '@frontstage/engine';

const LANE_ROLES: Record<string, string> = {
  frontstage: 'frontdesk',
  backstage: 'dispatcher',
  support: 'engineer',
};
const LANE_Y: Record<string, number> = { customer: 100, frontstage: 250, backstage: 400, support: 550 };

/**
 * A validation-clean blueprint of `n` steps for benchmarks: tasks walk the staff lanes left to
 * right, every tenth step is a decision that may skip a step, every seventh task is timed.
 */
export function generateBlueprint(n: number): Blueprint {
  const steps: Step[] = [];
  const flows: Blueprint['flows'] = [];
  const layout: Record<string, { x: number; y: number }> = {};
  const id = (i: number) => `s${i}`;
  for (let i = 0; i < n; i++) {
    const lane = (i === 0 ? 'customer' : (['frontstage', 'backstage', 'support'] as const)[i % 3]) as Lane;
    const label = { 'zh-CN': `步骤 ${i}`, en: `Step ${i}` };
    const type: Step['type'] = i === 0 ? 'start' : i === n - 1 ? 'end' : i % 10 === 5 ? 'decision' : 'task';
    const step: Step = { id: id(i), type, lane, label };
    if (type === 'task') {
      step.roles = [LANE_ROLES[lane]!];
      if (i % 7 === 0) step.timeStandard = { duration: 'PT30M', warnAt: [0.5] };
    }
    steps.push(step);
    layout[id(i)] = { x: 220 * i, y: LANE_Y[lane]! };
    if (type === 'end') continue;
    if (type === 'decision') {
      const skip = Math.min(i + 2, n - 1);
      flows.push({
        id: `f${i}-skip`,
        from: id(i),
        to: id(skip),
        condition: { all: [{ fact: 'skip', operator: 'equal', value: true }] },
      });
      flows.push({ id: `f${i}`, from: id(i), to: id(i + 1) });
    } else
      flows.push({ id: `f${i}`, from: id(i), to: id(i + 1), ...(type === 'task' ? { event: `E${i}` } : {}) });
  }
  return {
    key: `generated-${n}`,
    name: { 'zh-CN': `生成的蓝图 ${n}`, en: `Generated blueprint ${n}` },
    class: 'general',
    steps,
    flows,
    layout: { steps: layout },
  };
}

/** Ten rules of three to five conditions each, like a real ruleset, over a handful of facts. */
export function generateRuleset(): Ruleset {
  const types = [
    'repair',
    'cleaning',
    'complaint',
    'leak',
    'lift',
    'moving',
    'pest',
    'greening',
    'security',
    'other',
  ];
  const rules = types.map((type, i) => ({
    id: `rule-${i}`,
    name: { 'zh-CN': `规则 ${i}`, en: `Rule ${i}` },
    priority: 100 - i,
    conditions: {
      all: [
        { fact: 'type', operator: 'equal' as const, value: type },
        { fact: 'floor', operator: 'lessThanInclusive' as const, value: 10 + i },
        { fact: 'segment', operator: 'in' as const, value: ['owner', 'tenant'] },
        ...(i % 2 === 0 ? [{ fact: 'paid', operator: 'notEqual' as const, value: true }] : []),
        ...(i % 3 === 0
          ? [{ fact: 'description', operator: 'textContainsAny' as const, value: ['漏水', 'leak', '急'] }]
          : []),
      ],
    },
    decide: {
      class: (i === 3 || i === 4 ? 'emergency' : i === 5 ? 'special' : 'general') as 'general',
      blueprint: 'shared-repair',
      team: 'engineering',
    },
  }));
  return {
    key: 'bench',
    name: { 'zh-CN': '基准规则', en: 'Bench rules' },
    defaults: { class: 'general', priority: 'normal', blueprint: 'shared-repair', team: 'customer_service' },
    rules,
  };
}

/** Deterministic pseudo-random fact sets (a linear congruential generator: no Math.random). */
export function generateFacts(count: number, seed = 42): Record<string, unknown>[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const types = [
    'repair',
    'cleaning',
    'complaint',
    'leak',
    'lift',
    'moving',
    'pest',
    'greening',
    'security',
    'other',
  ];
  return Array.from({ length: count }, () => ({
    type: pick(types),
    floor: Math.floor(next() * 30),
    segment: pick(['owner', 'tenant', 'commercial']),
    paid: next() < 0.3,
    description: pick(['卫生间漏水', 'door broken', '很急', 'light out', 'leak under sink']),
  }));
}
