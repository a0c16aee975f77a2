import { z } from 'zod';
import {
  compileCondition,
  explainCondition,
  isFactTrace,
  TraceItem,
  type CompiledCondition,
  type Facts,
  type SharedConditionMap,
} from './conditions.js';
import { hasErrors, type Diagnostic } from './diagnostics.js';
import { checkSharedConditions } from './shared-conditions.js';
import { RequestClass } from './schema/blueprint.js';
import { Priority, Ruleset, type ClassificationRule } from './schema/ruleset.js';
import { conditionReferences } from './schema/condition.js';
import { Text } from './schema/primitives.js';
import { schemaDiagnostics } from './validate.js';
import { safeParse } from './safe-parse.js';

/** The parts of a decision, each decided by one rule or by the ruleset's defaults. */
export const DECISION_PARTS = ['class', 'priority', 'blueprint', 'team', 'role'] as const;
export type DecisionPart = (typeof DECISION_PARTS)[number];

/** Why a rule fired or not: every comparison it made, with the fact values seen. */
export const RuleExplanation = z
  .object({
    id: z.string(),
    name: Text,
    priority: z.number(),
    fired: z.boolean(),
    conditions: z.array(TraceItem),
  })
  .meta({ id: 'RuleExplanation' });
export type RuleExplanation = z.infer<typeof RuleExplanation>;

/** A shared condition explained once for a whole classification: its result and what it checked. */
export const SharedConditionExplanation = z
  .object({
    name: z.string(),
    label: Text,
    result: z.boolean(),
    conditions: z.array(TraceItem),
  })
  .meta({ id: 'SharedConditionExplanation' });
export type SharedConditionExplanation = z.infer<typeof SharedConditionExplanation>;

/** The classification of a request, with its explanation. */
export const Classification = z
  .object({
    class: RequestClass,
    priority: Priority,
    blueprint: z.string(),
    team: z.string(),
    role: z.string().optional(),
    timeStandards: z.record(z.string(), z.string()),
    explanation: z.object({
      /** Which rule (or 'defaults') decided each part. */
      decidedBy: z.object({
        class: z.string(),
        priority: z.string(),
        blueprint: z.string(),
        team: z.string(),
        role: z.string(),
      }) satisfies z.ZodType<Record<DecisionPart, string>>,
      rules: z.array(RuleExplanation),
      /** Each shared condition the rules name, explained once (absent in explanations recorded before there were any). */
      sharedConditions: z.array(SharedConditionExplanation).optional(),
      /** Facts the rules read that the request did not give. */
      missingFacts: z.array(z.string()),
    }),
  })
  .meta({ id: 'Classification' });
export type Classification = z.infer<typeof Classification>;

export type ClassifyResult =
  { ok: true; classification: Classification } | { ok: false; diagnostics: Diagnostic[] };

const SEVERITY: Record<RequestClass, number> = { general: 0, special: 1, emergency: 2 };

/** A ruleset parsed and compiled once: conditions as closures, rules in priority order. */
export interface CompiledRuleset {
  ruleset: Ruleset;
  rules: { rule: ClassificationRule; holds: CompiledCondition }[];
  /** The shared conditions, compiled, that `{ condition: name }` refers to. */
  shared: SharedConditionMap;
  /** The shared conditions the rules name, directly or through another: those an explanation explains. */
  named: string[];
}

/**
 * Compiles a ruleset, or explains why it is not one. Warnings (a shared condition no rule uses)
 * come with a compiled ruleset; any error refuses it.
 */
export function compileRuleset(
  input: unknown,
):
  | { ok: true; compiled: CompiledRuleset; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] } {
  const parsed = safeParse(Ruleset, input);
  if (!parsed.success) return { ok: false, diagnostics: schemaDiagnostics(parsed.error, input) };
  const diagnostics = checkSharedConditions(parsed.data);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  const shared = new Map<string, { label: Text; holds: CompiledCondition }>();
  for (const [name, c] of Object.entries(parsed.data.conditions ?? {}))
    shared.set(name, { label: c.label, holds: compileCondition(c.condition, shared) });
  const rules = parsed.data.rules
    .map((rule, index) => ({ rule, index, holds: compileCondition(rule.conditions, shared) }))
    .sort((a, b) => b.rule.priority - a.rule.priority || a.index - b.index)
    .map(({ rule, holds }) => ({ rule, holds }));
  const all = parsed.data.conditions ?? {};
  const reached = new Set<string>();
  const reach = (names: string[]) =>
    names.forEach((n) => {
      if (reached.has(n) || !Object.hasOwn(all, n)) return;
      reached.add(n);
      reach(conditionReferences(all[n]!.condition));
    });
  parsed.data.rules.forEach((r) => reach(conditionReferences(r.conditions)));
  const named = Object.keys(all).filter((n) => reached.has(n));
  return { ok: true, compiled: { ruleset: parsed.data, rules, shared, named }, diagnostics };
}

const compiledCache = new WeakMap<object, ReturnType<typeof compileRuleset>>();

/** `compileRuleset`, once per ruleset object: the classifier and intake hints share the work. */
export function compiledRulesetOf(ruleset: unknown): ReturnType<typeof compileRuleset> {
  let compiled = typeof ruleset === 'object' && ruleset !== null ? compiledCache.get(ruleset) : undefined;
  if (!compiled) {
    compiled = compileRuleset(ruleset);
    if (typeof ruleset === 'object' && ruleset !== null) compiledCache.set(ruleset, compiled);
  }
  return compiled;
}

/**
 * Classifies a request from its facts: general, special or emergency, with priority, blueprint,
 * team and time-standard overrides. The most severe class among the rules that fire wins, so an
 * emergency rule beats everything; the other parts come first from the rules of that class, by
 * priority. Missing facts simply do not hold; nothing throws.
 * @example classify(ruleset, { type: 'leak', waterFlowing: true }).classification.class === 'emergency'
 */
export function classify(ruleset: unknown, facts: unknown): ClassifyResult {
  const compiled = compiledRulesetOf(ruleset);
  if (!compiled.ok) return compiled;
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts))
    return {
      ok: false,
      diagnostics: [
        {
          code: 'schema.invalid',
          severity: 'error',
          path: ['facts'],
          message: { 'zh-CN': '事实应为一个对象', en: 'Facts must be an object' },
        },
      ],
    };
  return { ok: true, classification: decide(compiled.compiled, facts as Facts) };
}

/** The class the fired rules give, and the rules in the order they speak for the other parts. */
function choose(compiled: CompiledRuleset, fired: readonly ClassificationRule[]) {
  const cls = fired.reduce<RequestClass | undefined>((best, r) => {
    const c = r.decide.class;
    return c && (best === undefined || SEVERITY[c] > SEVERITY[best]) ? c : best;
  }, undefined);
  const chosen = cls ?? compiled.ruleset.defaults.class;
  // Rules of the winning class speak first, so an emergency's blueprint is never a lesser rule's.
  const ordered = [
    ...fired.filter((r) => r.decide.class === chosen),
    ...fired.filter((r) => r.decide.class !== chosen),
  ];
  const pick = <K extends 'priority' | 'blueprint' | 'team' | 'role'>(part: K) =>
    ordered.find((r) => r.decide[part] !== undefined);
  return { chosen, ordered, pick };
}

/**
 * Where a request goes, without the explanation: its class and blueprint, as `classify` decides
 * them. For what-if questions asked many times over (the deciding question at intake).
 */
export function outcomeOf(
  compiled: CompiledRuleset,
  facts: Facts,
): { class: RequestClass; blueprint: string } {
  const memo = new Map<string, boolean>();
  const { chosen, pick } = choose(
    compiled,
    compiled.rules.filter((r) => r.holds(facts, memo)).map((r) => r.rule),
  );
  return {
    class: chosen,
    blueprint: pick('blueprint')?.decide.blueprint ?? compiled.ruleset.defaults.blueprint,
  };
}

function decide(compiled: CompiledRuleset, facts: Facts): Classification {
  // Each shared condition is evaluated once for these facts, however many rules name it.
  const memo = new Map<string, boolean>();
  const fired = compiled.rules.filter((r) => r.holds(facts, memo)).map((r) => r.rule);
  const { defaults } = compiled.ruleset;
  const { chosen, ordered, pick } = choose(compiled, fired);
  const decidedBy: Record<DecisionPart, string> = {
    class: fired.find((r) => r.decide.class === chosen)?.id ?? 'defaults',
    priority: pick('priority')?.id ?? 'defaults',
    blueprint: pick('blueprint')?.id ?? 'defaults',
    team: pick('team')?.id ?? 'defaults',
    role: pick('role')?.id ?? 'defaults',
  };
  const blueprint = pick('blueprint')?.decide.blueprint ?? defaults.blueprint;
  // Overrides name steps of one blueprint: a rule that chose another blueprint (and lost) has no say.
  const timeStandards: Record<string, string> = {};
  for (const r of ordered)
    if (r.decide.blueprint === undefined || r.decide.blueprint === blueprint)
      for (const [stepId, d] of Object.entries(r.decide.timeStandards ?? {})) timeStandards[stepId] ??= d;
  const role = pick('role')?.decide.role ?? defaults.role;
  const firedIds = new Set(fired.map((r) => r.id));
  const { shared } = compiled;
  const rules = compiled.rules.map(({ rule }) => {
    const { trace } = explainCondition(rule.conditions, facts, shared, memo);
    return {
      id: rule.id,
      name: rule.name,
      priority: rule.priority,
      fired: firedIds.has(rule.id),
      conditions: trace,
    };
  });
  // Only those the rules name: one that only suggests or asks at intake takes no part in the decision.
  const sharedConditions = compiled.named.map((name) => {
    const c = compiled.ruleset.conditions![name]!;
    const { result, trace } = explainCondition(c.condition, facts, shared, memo);
    return { name, label: c.label, result, conditions: trace };
  });
  const missingFacts = [
    ...new Set(
      [...rules, ...sharedConditions].flatMap((r) =>
        r.conditions
          .filter(isFactTrace)
          .filter((c) => !Object.prototype.hasOwnProperty.call(facts, c.fact))
          .map((c) => c.fact),
      ),
    ),
  ].sort();
  return {
    class: chosen,
    priority: pick('priority')?.decide.priority ?? defaults.priority,
    blueprint,
    team: pick('team')?.decide.team ?? defaults.team,
    ...(role ? { role } : {}),
    timeStandards,
    explanation: { decidedBy, rules, sharedConditions, missingFacts },
  };
}
