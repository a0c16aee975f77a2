import Ajv2020 from 'ajv/dist/2020.js';
import { Engine } from 'json-rules-engine';
import { createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './canonical.js';
import { blueprintHash, compile } from './compile.js';
import { blueprintJsonSchema, rulesetJsonSchema } from './schema/json-schema.js';
import { repairBlueprint, sampleRuleset } from './test-support/builders.js';
import { compiledOf } from './test-support/drive.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(
      canonicalJson({ b: 1, a: [true, null, undefined], c: undefined, d: { z: 'x', y: { b: 2, a: 1 } } }),
    ).toBe('{"a":[true,null,null],"b":1,"d":{"y":{"a":1,"b":2},"z":"x"}}');
  });

  it('writes scalars as JSON and undefined as null', () => {
    expect([1.5, 'a"b', null, false, undefined].map(canonicalJson)).toEqual([
      '1.5',
      '"a\\"b"',
      'null',
      'false',
      'null',
    ]);
  });
});

describe('sha256Hex', () => {
  it('hashes UTF-8 text as the standard says', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('blueprintHash', () => {
  it('does not change when only the layout or the key order changes', () => {
    const b = repairBlueprint();
    const moved = { ...b, layout: { steps: { start: { x: 500, y: 90 }, fix: { x: 1, y: 1 } } } };
    const { layout: _layout, ...noLayout } = b;
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const reordered = reverseKeys(b) as typeof b;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(b));
    expect(
      new Set([
        blueprintHash(b),
        blueprintHash(moved),
        blueprintHash(noLayout),
        blueprintHash({ ...reordered, $schema: 'x' }),
      ]).size,
    ).toBe(1);
  });

  it('changes when the meaning changes', () => {
    const b = repairBlueprint();
    expect(blueprintHash({ ...b, class: 'special' })).not.toBe(blueprintHash(b));
  });
});

describe('compile', () => {
  it('gives a machine that xstate itself loads and rules json-rules-engine itself runs', async () => {
    const c = compiledOf(repairBlueprint());
    expect(() => createMachine(c.machine as never)).not.toThrow();
    const engine = new Engine(c.rules as never, { allowUndefinedFacts: true });
    const { events } = await engine.run({ satisfaction: 2 });
    expect(events.map((e) => e.params?.flowId)).toEqual(['unsatisfied']);
  });

  it('produces plain JSON, identical after a round trip and between compiles', () => {
    const c = compiledOf(repairBlueprint());
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    expect(JSON.stringify(compile(repairBlueprint()))).toBe(JSON.stringify(c));
  });

  it('orders a decision conditional branches first and its default last', () => {
    const b = repairBlueprint();
    const [unsatisfied, closed] = b.flows.splice(5, 2);
    b.flows.push(closed!, unsatisfied!);
    const c = compiledOf(b);
    expect(c.machine.states.satisfied!.always!.map((x) => x.target)).toEqual(['dispatch', 'closed']);
  });

  it('reports the shape of the blueprint', () => {
    const c = compiledOf(repairBlueprint());
    expect(c.report).toMatchObject({
      unreachable: [],
      deadEnds: [],
      stepsWithoutOwner: [],
      emergencyPathsWithoutTimeStandard: [],
      stats: { steps: 7, flows: 7, tasks: 4, timed: 2, momentsOfTruth: 1, failPoints: 1 },
    });
    expect(c.hash).toBe(blueprintHash(repairBlueprint()));
  });

  it('reports why an invalid blueprint does not compile', () => {
    const b = repairBlueprint();
    delete b.steps[3]!.roles;
    b.steps.push({ ...b.steps[3]!, id: 'orphan' });
    const result = compile(b);
    expect(result.ok).toBe(false);
    expect(result.report).toMatchObject({ stepsWithoutOwner: ['fix', 'orphan'], unreachable: ['orphan'] });
    expect(compile('nonsense')).toMatchObject({
      ok: false,
      report: { reachable: [], diagnostics: [{ code: 'schema.invalid' }] },
    });
  });
});

describe('JSON Schema export', () => {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });

  it('accepts a valid blueprint and refuses a broken one', () => {
    const valid = ajv.compile(blueprintJsonSchema());
    expect(valid(JSON.parse(JSON.stringify(repairBlueprint())))).toBe(true);
    expect(valid({ ...repairBlueprint(), steps: [{ id: 'x', type: 'teleport' }] })).toBe(false);
    expect(valid({ ...repairBlueprint(), extra: 1 })).toBe(false);
  });

  it('accepts the sample ruleset', () => {
    const valid = ajv.compile(rulesetJsonSchema());
    expect(valid(sampleRuleset())).toBe(true);
    expect(valid({ ...sampleRuleset(), defaults: {} })).toBe(false);
  });
});

describe('compile of a document that is not a blueprint', () => {
  it('reports only the schema diagnostics, with every list empty and every count zero', () => {
    const result = compile({ key: 'repair' });
    expect(result.ok).toBe(false);
    const { diagnostics, ...rest } = result.report;
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.code === 'schema.invalid')).toBe(true);
    expect(rest).toEqual({
      reachable: [],
      unreachable: [],
      deadEnds: [],
      stepsWithoutOwner: [],
      emergencyPathsWithoutTimeStandard: [],
      stats: { steps: 0, flows: 0, tasks: 0, timed: 0, momentsOfTruth: 0, failPoints: 0 },
    });
  });
});
