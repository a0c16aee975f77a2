import type { CompiledBlueprint } from './compile.js';
import { applyOperator } from './operators.js';
import { checkRequiredData } from './required-data.js';
import { fieldsFor } from './runtime.js';
import type { Field, Flow, Step } from './schema/blueprint.js';
import type { Condition } from './schema/condition.js';
import type { JsonValue } from './schema/primitives.js';
import type { BlueprintPath } from './verify.js';

/** One event of a scenario: its type, a role allowed to send it, and data its step accepts. */
export interface ScenarioEvent {
  type: string;
  role: string;
  data?: Record<string, JsonValue>;
}

/** Facts to start a ticket with and the events that then drive it along one path. */
export interface Scenario {
  ok: true;
  facts: Record<string, JsonValue>;
  events: ScenarioEvent[];
}

export type ScenarioResult = Scenario | { ok: false; reason: string };

/** A value the search may give a variable; `undefined` means "leave it out". */
type Candidate = JsonValue | undefined;

/** A fact read at one point of the path: from the initial facts or from one event's data. */
interface Variable {
  key: string;
  owner: number | 'facts';
  name: string;
  candidates: Candidate[];
}

/** At one point of the path, a guard that must hold (the flow taken) or fail (a flow tried before it). */
interface Constraint {
  condition: Condition;
  mustHold: boolean;
  /** Fact name → variable key, as seen at this point. */
  reads: Map<string, string>;
}

const SENTINEL = '__scenario_other__';
const SEARCH_LIMIT = 50_000;

/**
 * Turns a path from `verify(compiled).paths` into the facts and events that drive a ticket along
 * exactly that path through `start` and `step`. Guards are satisfied by a bounded backtracking
 * search over values taken from the conditions themselves; a fact lives in the data of the latest
 * event on the path that declares a field of that name, otherwise in the initial facts.
 * @example
 * const scenario = scenarioFor(compiled, verify(compiled).paths[0]);
 * if (scenario.ok) for (const e of scenario.events) step(compiled, ticket, e, { id: 'x', role: e.role }, now);
 */
export function scenarioFor(compiled: CompiledBlueprint, path: BlueprintPath): ScenarioResult {
  const { blueprint } = compiled;
  const steps = new Map(blueprint.steps.map((s) => [s.id, s]));
  const flows = new Map(blueprint.flows.map((f) => [f.id, f]));
  const events: { type: string; role: string; fields: Field[] }[] = [];
  /** For each event index, the index of the path flow it was sent on. */
  const eventAt: number[] = [];
  const guards: { flowIndex: number; condition: Condition; mustHold: boolean }[] = [];

  for (const [i, flowId] of path.flows.entries()) {
    const flow = flows.get(flowId);
    const from = flow && steps.get(flow.from);
    if (!flow || !from || flow.from !== path.steps[i] || flow.to !== path.steps[i + 1])
      return {
        ok: false,
        reason: `flow "${flowId}" does not join "${path.steps[i]}" to "${path.steps[i + 1]}"`,
      };
    const tried = triedBefore(from, flow, blueprint.flows);
    if (!tried) return { ok: false, reason: `flow "${flowId}" cannot be taken from "${from.id}"` };
    for (const f of tried) guards.push({ flowIndex: i, condition: f.condition!, mustHold: false });
    if (flow.condition) guards.push({ flowIndex: i, condition: flow.condition, mustHold: true });
    if (from.type !== 'task') continue;
    const sameEvent = blueprint.flows.filter((f) => f.from === from.id && f.event === flow.event);
    const role = (flow.roles ?? from.roles ?? [])[0];
    if (!flow.event || !role) return { ok: false, reason: `nobody may send the event of flow "${flowId}"` };
    events.push({ type: flow.event, role, fields: fieldsFor(from, sameEvent) });
    eventAt.push(i);
  }

  const variables = new Map<string, Variable>();
  const variableFor = (name: string, flowIndex: number): string => {
    // A guard sees the facts, then every event's data up to and including the event it belongs to.
    let owner: number | 'facts' = 'facts';
    for (let e = eventAt.length - 1; e >= 0; e--)
      if (eventAt[e]! <= flowIndex && events[e]!.fields.some((f) => f.name === name)) {
        owner = e;
        break;
      }
    const key = `${owner}:${name}`;
    if (!variables.has(key)) variables.set(key, { key, owner, name, candidates: [] });
    return key;
  };

  const constraints: Constraint[] = guards.map(({ flowIndex, condition, mustHold }) => {
    const reads = new Map<string, string>();
    for (const leaf of leaves(condition)) {
      const key = variableFor(leaf.fact, flowIndex);
      reads.set(leaf.fact, key);
      variables.get(key)!.candidates.push(...candidatesOf(leaf));
    }
    return { condition, mustHold, reads };
  });

  for (const [e, event] of events.entries())
    for (const field of event.fields) {
      const key = `${e}:${field.name}`;
      const sample = sampleValue(field);
      if (sample === undefined) return { ok: false, reason: `no value fits field "${field.name}"` };
      const v = variables.get(key) ?? { key, owner: e, name: field.name, candidates: [] };
      // A choice or a yes/no has few values: try every one, so a default branch no condition names is reachable too.
      const every: JsonValue[] =
        field.type === 'choice'
          ? (field.options ?? []).map((o) => o.value)
          : field.type === 'boolean'
            ? [true, false]
            : [];
      v.candidates = [...v.candidates.filter((c) => c !== undefined && fits(field, c)), sample, ...every];
      variables.set(key, v);
    }
  for (const v of variables.values())
    v.candidates = unique(v.owner === 'facts' ? [...v.candidates, undefined] : v.candidates);

  const solution = search([...variables.values()], constraints);
  if (!solution) return { ok: false, reason: 'no fact values make this path the one taken' };

  const facts: Record<string, JsonValue> = {};
  const data: Record<string, JsonValue>[] = events.map(() => ({}));
  for (const v of variables.values()) {
    const value = solution.get(v.key);
    if (value === undefined) continue;
    if (v.owner === 'facts') facts[v.name] = value;
    else data[v.owner]![v.name] = value;
  }
  return {
    ok: true,
    facts,
    events: events.map((e, i) => ({
      type: e.type,
      role: e.role,
      ...(Object.keys(data[i]!).length > 0 ? { data: data[i] } : {}),
    })),
  };
}

/** The guarded flows the machine tries before `flow`, or undefined when `flow` can never be chosen. */
function triedBefore(from: Step, flow: Flow, all: readonly Flow[]): Flow[] | undefined {
  const out = all.filter((f) => f.from === from.id);
  // Tasks try a shared event's flows in blueprint order; automatic steps try guarded flows first.
  const order =
    from.type === 'task'
      ? out.filter((f) => f.event === flow.event)
      : [...out.filter((f) => f.condition), ...out.filter((f) => !f.condition)];
  const before = order.slice(0, order.indexOf(flow));
  return before.every((f) => f.condition) ? before : undefined;
}

function leaves(condition: Condition): { fact: string; operator: string; value: unknown }[] {
  if ('all' in condition) return condition.all.flatMap(leaves);
  if ('any' in condition) return condition.any.flatMap(leaves);
  if ('not' in condition) return leaves(condition.not);
  // A blueprint's schema refuses references to shared conditions: they read no fact here.
  if ('condition' in condition) return [];
  return [condition];
}

/** Values likely to decide one comparison either way. */
function candidatesOf(leaf: { operator: string; value: unknown }): Candidate[] {
  const values = Array.isArray(leaf.value) ? (leaf.value as JsonValue[]) : [leaf.value as JsonValue];
  const out: Candidate[] = [];
  for (const v of values) {
    out.push(v);
    if (typeof v === 'number') out.push(v + 1, v - 1);
    if (leaf.operator === 'contains' || leaf.operator === 'doesNotContain') out.push([v]);
    if (leaf.operator === 'textContainsAny' && typeof v === 'string') out.push(`${SENTINEL} ${v}`);
  }
  if (leaf.operator === 'contains' || leaf.operator === 'doesNotContain') out.push([]);
  return [...out, true, false, SENTINEL];
}

function unique(values: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v === undefined ? 'undefined' : JSON.stringify(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fits(field: Field, value: JsonValue): boolean {
  return checkRequiredData([field], { [field.name]: value }).length === 0;
}

/** A value that satisfies a field's type, range, length and options, or undefined when none does. */
export function sampleValue(field: Field): JsonValue | undefined {
  const candidates: JsonValue[] = (() => {
    switch (field.type) {
      case 'string':
      case 'text':
        return ['sample'.slice(0, field.maxLength ?? 6)];
      case 'integer':
        return [Math.ceil(field.min ?? field.max ?? 1), Math.floor(field.max ?? field.min ?? 1), 1, 0];
      case 'number':
        return [field.min ?? field.max ?? 1, field.max ?? 1, 0];
      case 'boolean':
        return [true];
      case 'choice':
        return (field.options ?? []).map((o) => o.value);
      case 'date':
        return ['2026-01-01'];
      case 'phone':
        return ['13800138000'];
    }
  })();
  return candidates.find((v) => fits(field, v));
}

/**
 * A condition under a partial assignment: true or false once decided, undefined while it still
 * depends on unassigned facts. Deciding early lets the search prune as soon as a guard goes wrong.
 */
function partial(
  condition: Condition,
  reads: Map<string, string>,
  assignment: Map<string, Candidate>,
): boolean | undefined {
  if ('all' in condition || 'any' in condition) {
    const all = 'all' in condition;
    const parts = (all ? condition.all : condition.any).map((c) => partial(c, reads, assignment));
    if (parts.length === 0) return true;
    if (parts.includes(!all)) return !all;
    return parts.includes(undefined) ? undefined : all;
  }
  if ('not' in condition) {
    const inner = partial(condition.not, reads, assignment);
    return inner === undefined ? undefined : !inner;
  }
  if ('condition' in condition) return false;
  const key = reads.get(condition.fact)!;
  if (!assignment.has(key)) return undefined;
  return applyOperator(condition.operator, assignment.get(key), condition.value);
}

/** Bounded backtracking: assign variables one by one, pruning as soon as a guard is decided wrongly. */
function search(variables: Variable[], constraints: Constraint[]): Map<string, Candidate> | undefined {
  const assignment = new Map<string, Candidate>();
  const fine = (c: Constraint) => {
    const value = partial(c.condition, c.reads, assignment);
    return value === undefined || value === c.mustHold;
  };
  let budget = SEARCH_LIMIT;
  const visit = (index: number): boolean => {
    if (index === variables.length) return true;
    const v = variables[index]!;
    const touched = constraints.filter((c) => [...c.reads.values()].includes(v.key));
    for (const value of v.candidates) {
      if (--budget < 0) return false;
      assignment.set(v.key, value);
      if (touched.every(fine) && visit(index + 1)) return true;
    }
    assignment.delete(v.key);
    return false;
  };
  if (!constraints.every(fine)) return undefined;
  return visit(0) ? assignment : undefined;
}
