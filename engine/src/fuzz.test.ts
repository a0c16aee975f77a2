import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEvents } from './allowed-events.js';
import { classify } from './classify.js';
import { compile, type CompiledBlueprint } from './compile.js';
import { start, step } from './step.js';
import { validBlueprint } from './test-support/arbitraries.js';
import { repairBlueprint, sampleRuleset } from './test-support/builders.js';
import { REJECTION_CODES, type StepResult, type Ticket } from './ticket.js';
import { validate } from './validate.js';

/**
 * Bad input of every kind: any JSON value, and valid documents with one part replaced by any value.
 * Each entry point answers with diagnostics or a typed rejection and never throws.
 */
const hostileKey = fc.oneof(
  fc.string(),
  fc.constantFrom('toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty', 'length'),
);
const anything = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true }),
  fc.anything({ key: hostileKey, maxDepth: 3 }),
  fc.jsonValue(),
);

/** Replaces the value at a random path inside a JSON document. */
function mutate(doc: unknown, choices: number[], replacement: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let node: unknown = copy;
  for (const choice of choices) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length]!;
    const child = (node as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object' || choice % 3 === 0) {
      (node as Record<string, unknown>)[key] = replacement;
      return copy;
    }
    node = child;
  }
  return copy;
}
const mutation = fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), anything);

const repair = compile(repairBlueprint()) as CompiledBlueprint;
/** The repair blueprint with a decision right after the start, so guards read the intake facts. */
const reopenable = (() => {
  const b = repairBlueprint();
  b.steps.push({ id: 'triage', type: 'decision', lane: 'support', label: { 'zh-CN': '分诊', en: 'Triage' } });
  b.flows[0]!.to = 'triage';
  b.flows.push(
    {
      id: 'urgent',
      from: 'triage',
      to: 'dispatch',
      condition: {
        any: [
          { fact: 'floor', operator: 'greaterThan', value: 20 },
          { fact: 'description', operator: 'textContainsAny', value: ['leak'] },
          { fact: 'type', operator: 'in', value: ['a'] },
          { fact: 'location', operator: 'contains', value: 'x' },
        ],
      },
    },
    { id: 'routine', from: 'triage', to: 'record' },
  );
  return compile(b) as CompiledBlueprint;
})();
const opened = start(
  repair,
  { unit: '1' },
  { id: 'a', role: 'frontdesk' },
  '2026-11-23T08:00:00.000Z',
) as Extract<StepResult, { ok: true }>;
const ticket: Ticket = opened.ticket;
const event = { type: 'RECORDED', data: { location: 'lobby' } };
const actor = { id: 'a', role: 'frontdesk' };
const now = '2026-11-23T08:05:00.000Z';

const isTyped = (result: StepResult) =>
  result.ok || (REJECTION_CODES as readonly string[]).includes(result.rejection.code);

let fresh = 0;
/** A mutated compiled version under a hash of its own, so no runtime cached for the original hides it. */
function corrupted(path: number[], replacement: unknown): { compiled: unknown; ticket: Ticket } {
  const hash = `fuzz-${fresh++}`;
  const compiled = mutate(repair, path, replacement) as Record<string, unknown>;
  return {
    compiled: { ...compiled, hash },
    ticket: { ...ticket, blueprint: { key: ticket.blueprint.key, hash } },
  };
}

describe('bad input', () => {
  it('gives diagnostics from validate and compile, whatever the value', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const v = validate(value);
        expect(v.ok || v.diagnostics.length > 0).toBe(true);
        const c = compile(value);
        expect(c.ok || c.report.diagnostics.length > 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives diagnostics for a valid blueprint with any part replaced', () => {
    fc.assert(
      fc.property(
        fc.oneof(validBlueprint, fc.constant(repairBlueprint())),
        mutation,
        (b, [path, replacement]) => {
          const c = compile(mutate(b, path, replacement));
          if (c.ok) expect(() => JSON.stringify(c)).not.toThrow();
          else expect(c.report.diagnostics.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('classifies facts of any shape, named after what the rules read, without throwing', () => {
    const names = ['waterFlowing', 'description', 'inHome', 'paid', 'location', 'type', 'floor'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), anything), (facts) => {
        expect(classify(sampleRuleset(), facts).ok).toBe(true);
        expect(isTyped(start(reopenable, facts, actor, now))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('classifies any facts against any ruleset without throwing', () => {
    fc.assert(
      fc.property(anything, anything, mutation, (rules, facts, [path, replacement]) => {
        for (const [r, f] of [
          [rules, facts],
          [sampleRuleset(), facts],
          [mutate(sampleRuleset(), path, replacement), { floor: 3 }],
        ] as const) {
          const result = classify(r, f);
          expect(result.ok || result.diagnostics.length > 0).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('starts a ticket from any input or refuses it with a typed rejection', () => {
    fc.assert(
      fc.property(anything, anything, anything, anything, (compiled, facts, who, when) => {
        for (const args of [
          [compiled, facts, who, when],
          [repair, facts, actor, now],
          [repair, {}, who, now],
          [repair, {}, actor, when],
          [repair, facts, who, when],
        ] as const)
          expect(isTyped(start(args[0], args[1], args[2], args[3]))).toBe(true);
        expect(isTyped(start(repair, {}, actor, now, facts as never))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('steps any ticket, event, actor and time, or refuses with a typed rejection', () => {
    fc.assert(
      fc.property(anything, anything, anything, anything, (t, e, who, when) => {
        for (const args of [
          [repair, t, e, who, when],
          [repair, ticket, e, actor, now],
          [repair, ticket, event, who, now],
          [repair, ticket, event, actor, when],
          [t, ticket, event, actor, now],
        ] as const)
          expect(isTyped(step(args[0], args[1], args[2], args[3], args[4]))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('starts and steps on a corrupted compiled version without throwing', () => {
    fc.assert(
      fc.property(mutation, ([path, replacement]) => {
        const bad = corrupted(path, replacement);
        expect(isTyped(start(bad.compiled, {}, actor, now))).toBe(true);
        expect(isTyped(step(bad.compiled, bad.ticket, event, actor, now))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('steps mutated tickets, events and compiled versions without throwing', () => {
    fc.assert(
      fc.property(
        mutation,
        fc.constantFrom('ticket', 'event', 'compiled', 'timer'),
        ([path, replacement], which) => {
          const timerEvent = { type: 'TIMER_DUE', data: { timerId: ticket.timers[0]?.id ?? 'x' } };
          const result =
            which === 'ticket'
              ? step(repair, mutate(ticket, path, replacement), event, actor, now)
              : which === 'event'
                ? step(repair, ticket, mutate(event, path, replacement), actor, now)
                : which === 'timer'
                  ? step(
                      repair,
                      mutate(ticket, path, replacement),
                      mutate(timerEvent, path, replacement),
                      { id: 's', role: 'system' },
                      '2030-01-01T00:00:00.000Z',
                    )
                  : step(mutate(repair, path, replacement), ticket, event, actor, now);
          expect(isTyped(result)).toBe(true);
          if (which === 'ticket' && result.ok)
            expect(() => allowedEvents(repair, result.ticket, 'frontdesk')).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('facts JavaScript cannot compare', () => {
  it('do not hold, in classify and in guards, rather than throw', () => {
    const hostile = { toString: false, valueOf: 1 };
    const result = classify(sampleRuleset(), {
      floor: hostile,
      description: hostile,
      location: hostile,
      waterFlowing: hostile,
    });
    expect(result.ok && result.classification.class).toBe('general');
    expect(isTyped(start(repair, { satisfaction: hostile }, actor, now))).toBe(true);
  });

  it('are schema errors where a document expects text', () => {
    const hostile = { length: { toString: false } };
    expect(validate({ ...repairBlueprint(), name: { 'zh-CN': hostile, en: 'x' } }).diagnostics).toEqual([
      expect.objectContaining({
        code: 'schema.invalid',
        path: [],
        message: expect.objectContaining({ en: 'The document: a value that is not plain data' }),
      }),
    ]);
    expect(classify({ ...sampleRuleset(), name: { 'zh-CN': hostile, en: 'x' } }, {}).ok).toBe(false);
    const result = step(repair, { ...ticket, state: hostile }, event, actor, now);
    expect(!result.ok && result.rejection.code).toBe('invalid_input');
  });
});
