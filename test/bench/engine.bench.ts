// npm run bench: the engine's classify + step against the raw libraries used naively, and the
// validate + compile time of a generated 500-step blueprint. Prints medians of several rounds.
import {
  classify,
  compile,
  machineImplementations,
  start,
  step,
  validate,
  type CompiledBlueprint,
  type Ticket,
} from '@frontstage/engine';
import { referenceEngine, rulesetRules } from '@frontstage/engine/reference';
import { createMachine, transition, type AnyStateMachine } from 'xstate';
import { generateBlueprint, generateFacts, generateRuleset } from './generate.js';

const ROUNDS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs `fn` repeatedly for ~`ms` and returns operations per second. */
async function rate(fn: (i: number) => unknown | Promise<unknown>, ms = 700): Promise<number> {
  let ops = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    for (let k = 0; k < 100; k++) await fn(ops++);
  }
  return (ops * 1000) / (performance.now() - t0);
}

function mustCompile(doc: unknown): CompiledBlueprint {
  const result = compile(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.report.diagnostics.slice(0, 3)));
  return result;
}

const now = '2026-11-23T08:00:00.000Z';
const ruleset = generateRuleset();
const facts = generateFacts(1000);
const compiled = mustCompile(generateBlueprint(12));
const opened = start(compiled, {}, { id: 'fd', role: 'frontdesk' }, now);
if (!opened.ok) throw new Error(opened.rejection.code);
const ticket: Ticket = opened.ticket; // waiting at s1; E1 moves it on
const actor = { id: 'dp', role: 'dispatcher' }; // s1 sits in the backstage lane
const event = { type: 'E1' };

// Identical results first: the benchmark compares equals.
const reference = referenceEngine(rulesetRules(ruleset));
for (const f of facts.slice(0, 200)) {
  const ours = classify(ruleset, f);
  const { events } = await reference.run({ ...f });
  const theirs = new Set(events.map((e) => String(e.params?.ruleId)));
  const fired = ours.ok ? ours.classification.explanation.rules.filter((r) => r.fired).map((r) => r.id) : [];
  if (fired.length !== theirs.size || fired.some((id) => !theirs.has(id)))
    throw new Error(`classify differs on ${JSON.stringify(f)}`);
}

const ours: number[] = [];
const oursStored: number[] = [];
const stored = JSON.stringify(ticket);
const naive: number[] = [];
const naiveFresh: number[] = [];
const rawRules: number[] = [];
const rawXstate: number[] = [];
const conditions = new Map();
const machine: AnyStateMachine = createMachine(compiled.machine as never).provide(
  machineImplementations(conditions) as never,
);
const naiveStep = () =>
  transition(machine, machine.resolveState({ value: ticket.state, context: ticket.context }), event);
const freshStep = () => {
  const m = createMachine(compiled.machine as never).provide(machineImplementations(conditions) as never);
  return transition(m, m.resolveState({ value: ticket.state, context: ticket.context }), event);
};
for (let r = 0; r < ROUNDS; r++) {
  ours.push(
    await rate((i) => {
      classify(ruleset, facts[i % facts.length]);
      const next = step(compiled, ticket, event, actor, now);
      if (!next.ok) throw new Error(next.rejection.code);
    }),
  );
  // As the API runs it: the ticket comes out of the database as JSON, so it is parsed and checked in full.
  oursStored.push(
    await rate((i) => {
      classify(ruleset, facts[i % facts.length]);
      const next = step(compiled, JSON.parse(stored), event, actor, now);
      if (!next.ok) throw new Error(next.rejection.code);
    }),
  );
  naive.push(
    await rate(async (i) => {
      await reference.run({ ...facts[i % facts.length] });
      naiveStep();
    }),
  );
  naiveFresh.push(
    await rate(async (i) => {
      await reference.run({ ...facts[i % facts.length] });
      freshStep();
    }, 400),
  );
  rawRules.push(await rate((i) => reference.run({ ...facts[i % facts.length] })));
  rawXstate.push(await rate(() => naiveStep()));
}

const big = generateBlueprint(500);
const checkTimes: number[] = [];
for (let r = 0; r < 21; r++) {
  const t0 = performance.now();
  const v = validate(big);
  const c = compile(big);
  checkTimes.push(performance.now() - t0);
  if (!v.ok || !c.ok) throw new Error('500-step blueprint does not compile');
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`engine benchmark (median of ${ROUNDS} rounds, Node ${process.version})`);
console.log(`  engine classify + step             ${fmt(median(ours))} /s  (the ticket step returned)`);
console.log(
  `  engine, ticket read from storage   ${fmt(median(oursStored))} /s  (JSON-parsed and checked each time)`,
);
console.log(`  raw json-rules-engine + xstate     ${fmt(median(naive))} /s  (machine created once)`);
console.log(`  raw, machine created per event     ${fmt(median(naiveFresh))} /s`);
console.log(`    json-rules-engine run alone      ${fmt(median(rawRules))} /s`);
console.log(`    xstate transition alone          ${fmt(median(rawXstate))} /s`);
console.log(`  ratio engine / raw                 ${(median(ours) / median(naive)).toFixed(1)}x`);
console.log(
  `  validate + compile, 500 steps      ${median(checkTimes).toFixed(1)} ms (median of 21; goal <= 50 ms)`,
);
