import fc from 'fast-check';
import type { Action, Blueprint, Field, Flow, Step, TimeStandard } from '../schema/blueprint.js';
import type { Condition, FactCondition, TopLevelCondition } from '../schema/condition.js';
import { validate } from '../validate.js';
import { t } from './builders.js';

/** Reads a list of numbers as a stream of choices, so fast-check shrinks blueprints by shrinking the list. */
class Chooser {
  private index = 0;
  constructor(private readonly choices: readonly number[]) {}
  pick(n: number): number {
    const value = this.choices.length === 0 ? 0 : this.choices[this.index % this.choices.length]!;
    this.index++;
    return value % n;
  }
  one<T>(items: readonly T[]): T {
    return items[this.pick(items.length)]!;
  }
}

const STAFF = ['frontdesk', 'dispatcher', 'engineer', 'supervisor'] as const;
const TASK_LANES = ['customer', 'frontstage', 'backstage', 'support'] as const;

/** Comparisons that some value makes true and another false, over a fact of their own. */
const LEAVES: Omit<FactCondition, 'fact'>[] = [
  { operator: 'equal', value: true },
  { operator: 'equal', value: 'leak' },
  { operator: 'notEqual', value: 3 },
  { operator: 'lessThan', value: 5 },
  { operator: 'lessThanInclusive', value: 2.5 },
  { operator: 'greaterThan', value: -1 },
  { operator: 'greaterThanInclusive', value: 10 },
  { operator: 'in', value: ['a', 'b'] },
  { operator: 'notIn', value: ['x'] },
  { operator: 'contains', value: 'vip' },
  { operator: 'doesNotContain', value: 'vip' },
  { operator: 'textContainsAny', value: ['burst', '跑水'] },
];

/** Fields a step may require; every one has values that fit it. */
const FIELDS: Omit<Field, 'name' | 'label'>[] = [
  { type: 'string' },
  { type: 'text', maxLength: 20 },
  { type: 'integer', min: 1, max: 5 },
  { type: 'number', min: 0 },
  { type: 'boolean', required: false },
  {
    type: 'choice',
    options: [
      { value: 'yes', label: t('Yes') },
      { value: 'no', label: t('No') },
    ],
  },
  { type: 'date' },
  { type: 'phone' },
];

interface Out {
  to: string;
  event?: string;
  condition?: TopLevelCondition;
  roles?: string[];
}

/**
 * Builds a validation-clean blueprint from a stream of choices: start, then a chain and branches of
 * tasks, automatic steps and decisions in an order where every flow but a task's retry goes
 * forward, then one or two ends. Every guard reads facts of its own (or its task's own data), so
 * each path can be made the one taken.
 */
export function buildBlueprint(choices: readonly number[]): Blueprint {
  const ch = new Chooser(choices);
  let facts = 0;
  const leaf = (): FactCondition => ({ fact: `f${facts++}`, ...ch.one(LEAVES) });
  const node = (depth: number): Condition => {
    const kind = depth >= 2 ? 0 : ch.pick(4);
    if (kind === 0) return leaf();
    if (kind === 3) return { not: node(depth + 1) };
    const parts = Array.from({ length: 1 + ch.pick(3) }, () => node(depth + 1));
    return kind === 1 ? { all: parts } : { any: parts };
  };
  const guard = (): TopLevelCondition => {
    const kind = ch.pick(3);
    if (kind === 2) return { not: node(1) };
    const parts = Array.from({ length: 1 + ch.pick(3) }, () => node(1));
    return kind === 0 ? { all: parts } : { any: parts };
  };

  const n = 1 + ch.pick(7);
  const types = Array.from({ length: n }, (_, i) =>
    i === 0 ? ch.one(['task', 'decision'] as const) : ch.one(['task', 'task', 'auto', 'decision'] as const),
  );
  const ids = types.map((_, i) => `s${i}`);
  const ends = ch.pick(2) === 0 ? ['end'] : ['end', 'end_b'];
  const outs: Out[][] = types.map(() => []);
  const accepts = (j: number) => types[j] !== 'auto' || outs[j]!.length === 0;
  const forward = (j: number) => {
    const k = ch.pick(n - j - 1 + ends.length);
    return k < n - j - 1 ? ids[j + 1 + k]! : ends[k - (n - j - 1)]!;
  };

  for (let i = 1; i < n; i++) {
    const parents = ids.map((_, j) => j).filter((j) => j < i && accepts(j));
    outs[parents[ch.pick(parents.length)]!]!.push({ to: ids[i]! });
  }
  for (let k = ch.pick(4); k > 0; k--) {
    const j = ch.pick(n);
    if (accepts(j)) outs[j]!.push({ to: forward(j) });
  }
  outs.forEach((o, j) => o.length === 0 && o.push({ to: forward(j) }));
  // A retry goes back, from a task that already has a way forward.
  if (ch.pick(3) === 0) {
    const j = ch.pick(n);
    if (types[j] === 'task') outs[j]!.push({ to: ids[ch.pick(j + 1)]! });
  }
  for (const end of ends) if (!outs.some((o) => o.some((x) => x.to === end))) outs[0]!.push({ to: end });

  const steps: Step[] = [{ id: 'start', type: 'start', lane: 'frontstage', label: t('Start') }];
  const flows: Flow[] = [{ id: 'f_start', from: 'start', to: ids[0]! }];
  types.forEach((type, j) => {
    const id = ids[j]!;
    const out = outs[j]!;
    if (type === 'auto') {
      const actions: Action[] = [
        { kind: 'notify', to: 'supervisor', message: t('Notice') },
        { kind: 'assign', role: 'engineer' },
        { kind: 'callSupplier', supplier: 'lift_co' },
      ].slice(0, ch.pick(4)) as Action[];
      steps.push({ id, type, lane: 'support', label: t(id), ...(actions.length ? { actions } : {}) });
    } else if (type === 'decision') {
      steps.push({ id, type, lane: 'support', label: t(id) });
      const defaultAt = ch.pick(out.length);
      out.forEach((o, k) => k !== defaultAt && (o.condition = guard()));
    } else {
      const lane = ch.one(TASK_LANES);
      const roles =
        lane === 'customer' ? ['customer'] : [ch.one(STAFF), ...(ch.pick(3) === 0 ? ['supervisor'] : [])];
      const requiredData: Field[] = [];
      if (ch.pick(3) === 0) requiredData.push({ name: `d${j}`, label: t(`Data ${j}`), ...ch.one(FIELDS) });
      out.forEach((o, k) => {
        o.event = `E${j}_${k}`;
        if (lane !== 'customer' && ch.pick(5) === 0) o.roles = [ch.one(STAFF)];
        if (ch.pick(5) === 0) o.condition = guard();
      });
      // Sometimes two flows share an event: the first decides on a score sent with the event itself.
      if (out.length >= 2 && ch.pick(2) === 0) {
        requiredData.push({ name: `score${j}`, label: t('Score'), type: 'integer', min: 1, max: 5 });
        out[0]!.event = out[1]!.event;
        out[0]!.condition = { all: [{ fact: `score${j}`, operator: 'lessThan', value: 3 }] };
        delete out[1]!.condition;
        if (out[0]!.roles || out[1]!.roles) out[0]!.roles = out[1]!.roles = [roles[0]!];
      }
      const events = out.map((o) => o.event!);
      const timeStandard: TimeStandard | undefined =
        ch.pick(3) === 0
          ? {
              duration: ch.one(['PT30S', 'PT5M', 'PT1H', 'P1D']),
              ...(ch.pick(2) === 0 ? { warnAt: [0.5, 0.8] } : {}),
              ...(ch.pick(3) === 0 ? { clock: 'business' as const } : {}),
              ...[{}, { onBreach: { escalateTo: 'supervisor' } }, { onBreach: { event: ch.one(events) } }][
                ch.pick(3)
              ],
            }
          : undefined;
      steps.push({
        id,
        type,
        lane,
        label: t(id),
        roles,
        ...(requiredData.length ? { requiredData } : {}),
        ...(timeStandard ? { timeStandard } : {}),
      });
    }
    out.forEach((o, k) =>
      flows.push({
        id: `f${j}_${k}`,
        from: id,
        to: o.to,
        ...(o.event ? { event: o.event } : {}),
        ...(o.condition ? { condition: o.condition } : {}),
        ...(o.roles ? { roles: o.roles } : {}),
      }),
    );
  });
  for (const end of ends) steps.push({ id: end, type: 'end', lane: 'frontstage', label: t(end) });

  const blueprint: Blueprint = {
    key: `gen-${n}`,
    name: t('Generated'),
    class: ch.one(['general', 'special', 'emergency'] as const),
    steps,
    flows,
  };
  // An emergency needs a clock on every path; when this one lacks it, it is an ordinary blueprint.
  if (blueprint.class === 'emergency' && !validate(blueprint).ok) blueprint.class = 'general';
  return blueprint;
}

/** Validation-clean blueprints, built by construction (see buildBlueprint). */
export const validBlueprint = fc.array(fc.nat(999), { minLength: 1, maxLength: 160 }).map(buildBlueprint);
