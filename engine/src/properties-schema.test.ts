import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.js';
import { Blueprint, FIELD_TYPES, LANES, STEP_TYPES } from './schema/blueprint.js';
import { OPERATORS, type TopLevelCondition } from './schema/condition.js';
import { start } from './step.js';
import { validBlueprint } from './test-support/arbitraries.js';
import { t } from './test-support/builders.js';
import { verify } from './verify.js';

/**
 * Blueprints that match the schema and nothing more: steps of any type in any lane, flows between
 * any ids (known or not), any events, conditions and fields. Most are not valid blueprints.
 */
const ids = ['a', 'b', 'c', 'd', 'e', 'ghost'];
const events = ['GO', 'DONE', 'BACK', 'INTAKE'];
const text = fc.constant(t('x'));
const condition: fc.Arbitrary<TopLevelCondition> = fc.oneof(
  fc.record({
    all: fc.array(
      fc.oneof(
        fc.record({
          fact: fc.constantFrom('p', 'q'),
          operator: fc.constantFrom(
            ...OPERATORS.filter((o) => o !== 'in' && o !== 'notIn' && o !== 'textMatchesAny'),
          ),
          value: fc.oneof(fc.integer(), fc.boolean(), fc.string()),
        }),
        // A pattern must be a regular expression: anything else is outside the schema.
        fc.record({
          fact: fc.constantFrom('p', 'q'),
          operator: fc.constant('textMatchesAny' as const),
          value: fc.constantFrom('\\d{3,4}', '跑水|爆管', 'x'),
        }),
        // `in` and `notIn` compare with a list: anything else is outside the schema.
        fc.record({
          fact: fc.constantFrom('p', 'q'),
          operator: fc.constantFrom('in' as const, 'notIn' as const),
          value: fc.array(fc.oneof(fc.integer(), fc.string()), { minLength: 1, maxLength: 3 }),
        }),
      ),
      { minLength: 1, maxLength: 2 },
    ),
  }),
  fc.record({
    not: fc.record({ fact: fc.constant('p'), operator: fc.constant('equal' as const), value: fc.boolean() }),
  }),
);
const field = fc.record(
  {
    name: fc.constantFrom('p', 'q', 'r'),
    label: text,
    type: fc.constantFrom(...FIELD_TYPES),
    min: fc.integer({ min: -3, max: 3 }),
    max: fc.integer({ min: -3, max: 3 }),
    required: fc.boolean(),
  },
  { requiredKeys: ['name', 'label', 'type'] },
);
const step = fc.record(
  {
    id: fc.constantFrom(...ids.slice(0, 5)),
    type: fc.constantFrom(...STEP_TYPES),
    lane: fc.constantFrom(...LANES),
    label: text,
    roles: fc.array(fc.constantFrom('customer', 'engineer', 'system'), { minLength: 1, maxLength: 2 }),
    timeStandard: fc.record(
      {
        duration: fc.constantFrom('PT1M', 'P1D'),
        warnAt: fc.constant([0.5]),
        onBreach: fc.record({ event: fc.constantFrom(...events) }),
      },
      { requiredKeys: ['duration'] },
    ),
    requiredData: fc.array(field, { maxLength: 2 }),
    momentOfTruth: fc.boolean(),
  },
  { requiredKeys: ['id', 'type', 'lane', 'label'] },
);
const flow = fc.record(
  {
    id: fc.constantFrom('f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8'),
    from: fc.constantFrom(...ids),
    to: fc.constantFrom(...ids),
    event: fc.constantFrom(...events),
    condition,
    roles: fc.array(fc.constantFrom('customer', 'engineer'), { minLength: 1, maxLength: 2 }),
    requiredData: fc.array(field, { maxLength: 1 }),
  },
  { requiredKeys: ['id', 'from', 'to'] },
);
const schemaValid = fc.record(
  {
    key: fc.constant('any'),
    name: text,
    class: fc.constantFrom('general', 'special', 'emergency'),
    roles: fc.constant({ engineer: t('Engineer') }),
    steps: fc.array(step, { minLength: 1, maxLength: 7 }),
    flows: fc.array(flow, { maxLength: 10 }),
    layout: fc.record({
      steps: fc.dictionary(fc.constantFrom(...ids), fc.record({ x: fc.integer(), y: fc.integer() })),
    }),
  },
  { requiredKeys: ['key', 'name', 'class', 'steps', 'flows'] },
);

/** A valid blueprint with one structural change that keeps it schema-valid: a flow dropped, a flow retargeted, a step retyped. */
const perturbed = fc
  .tuple(validBlueprint, fc.nat(), fc.nat(), fc.constantFrom('drop', 'retarget', 'retype'))
  .map(([b, i, j, change]) => {
    const flowAt = i % b.flows.length;
    const stepAt = j % b.steps.length;
    if (change === 'drop') b.flows.splice(flowAt, 1);
    else if (change === 'retarget') b.flows[flowAt]!.to = b.steps[stepAt]!.id;
    else b.steps[stepAt]!.type = STEP_TYPES[i % STEP_TYPES.length]!;
    return b;
  });

describe('any schema-valid blueprint', () => {
  it('validates, compiles and verifies without throwing, and compiles only without errors', () => {
    let compiled = 0;
    fc.assert(
      fc.property(fc.oneof(schemaValid, perturbed), (b) => {
        expect(Blueprint.safeParse(b).success).toBe(true);
        const result = compile(b);
        if (!result.ok) {
          expect(result.report.diagnostics.some((d) => d.severity === 'error')).toBe(true);
          return;
        }
        compiled++;
        expect(result.report.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
        expect(verify(result).paths.every((p) => p.steps[0] === result.machine.initial)).toBe(true);
        expect(() =>
          start(result, {}, { id: 'x', role: 'engineer' }, '2026-11-23T08:00:00.000Z'),
        ).not.toThrow();
      }),
      { numRuns: 2000 },
    );
    expect(compiled).toBeGreaterThan(0);
  });
});
