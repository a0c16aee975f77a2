// The words for the codes the content uses. Blueprints and the ruleset name things by stable codes
// (FIXED, waterFlowing, fire_stairs, customer_service); a screen shows their labels instead. This
// module gathers every label once, from the content itself, so no screen keeps a list of its own.
import { INTAKE } from './machine-config.js';
import { CUSTOMER_ROLE, SYSTEM_ROLE, type Blueprint, type Field } from './schema/blueprint.js';
import type { Text } from './schema/primitives.js';
import type { Ruleset } from './schema/ruleset.js';
import type { Vocabulary } from './contract/vocabulary.js';
import { TIMER_DUE } from './ticket.js';

/** Events the engine sends itself: no blueprint declares them. */
export const SYSTEM_EVENTS: Readonly<Record<string, Text>> = {
  [INTAKE]: { 'zh-CN': '受理', en: 'Intake' },
  [TIMER_DUE]: { 'zh-CN': '时限到', en: 'Time standard due' },
};

/** Roles every blueprint may use without declaring them. */
export const SYSTEM_ROLES: Readonly<Record<string, Text>> = {
  [CUSTOMER_ROLE]: { 'zh-CN': '客户', en: 'Customer' },
  [SYSTEM_ROLE]: { 'zh-CN': '系统', en: 'System' },
};

const addFirst = (into: Record<string, Text>, code: string, label: Text | undefined) => {
  if (label && !(code in into)) into[code] = label;
};

function addField(vocabulary: Vocabulary, field: Field) {
  addFirst(vocabulary.names, field.name, field.label);
  for (const option of field.options ?? [])
    addFirst((vocabulary.values[field.name] ??= {}), option.value, option.label);
}

/**
 * The vocabulary of a set of blueprints and a ruleset. Where two blueprints label the same code,
 * the first one given wins: pass the blueprints in the order their words should prevail.
 * @example vocabularyOf([waterLeak], ruleset).events.SHUT_OFF // { 'zh-CN': '已关阀', en: 'Valve shut' }
 */
export function vocabularyOf(blueprints: readonly Blueprint[], ruleset?: Ruleset): Vocabulary {
  const vocabulary: Vocabulary = {
    blueprints: {},
    steps: {},
    events: { ...SYSTEM_EVENTS },
    roles: { ...SYSTEM_ROLES },
    teams: { ...ruleset?.teams },
    names: {},
    values: {},
    rules: {},
  };
  for (const fact of ruleset?.facts ?? []) {
    addFirst(vocabulary.names, fact.name, fact.label);
    for (const option of fact.options ?? [])
      addFirst((vocabulary.values[fact.name] ??= {}), option.value, option.label);
  }
  for (const rule of ruleset?.rules ?? []) vocabulary.rules[rule.id] = rule.name;
  for (const blueprint of blueprints) {
    addFirst(vocabulary.blueprints, blueprint.key, blueprint.name);
    vocabulary.steps[blueprint.key] ??= Object.fromEntries(blueprint.steps.map((s) => [s.id, s.label]));
    for (const [role, label] of Object.entries(blueprint.roles ?? {}))
      addFirst(vocabulary.roles, role, label);
    for (const [event, label] of Object.entries(blueprint.events ?? {}))
      addFirst(vocabulary.events, event, label);
    for (const flow of blueprint.flows) if (flow.event) addFirst(vocabulary.events, flow.event, flow.label);
    for (const field of [...blueprint.steps, ...blueprint.flows].flatMap((x) => x.requiredData ?? []))
      addField(vocabulary, field);
  }
  return vocabulary;
}

/** A code the content uses without giving it words. */
export interface MissingLabel {
  kind: 'event' | 'role' | 'team';
  code: string;
  /** The blueprint key or ruleset key that uses it. */
  in: string;
}

/** Every role a blueprint names: on steps, flows, actions and escalations. */
export function rolesUsed(blueprint: Blueprint): Set<string> {
  const roles = new Set<string>();
  for (const step of blueprint.steps) {
    for (const role of step.roles ?? []) roles.add(role);
    for (const action of step.actions ?? []) {
      if (action.kind === 'notify') roles.add(action.to);
      if (action.kind === 'assign') roles.add(action.role);
    }
    const escalateTo = step.timeStandard?.onBreach?.escalateTo;
    if (escalateTo) roles.add(escalateTo);
  }
  for (const flow of blueprint.flows) for (const role of flow.roles ?? []) roles.add(role);
  return roles;
}

/**
 * The events, roles and teams that would reach a screen as bare codes: events a flow sends
 * without a label in `events`, roles missing from `roles`, teams the ruleset routes to without
 * a name in `teams`.
 */
export function missingLabels(blueprints: readonly Blueprint[], ruleset?: Ruleset): MissingLabel[] {
  const missing: MissingLabel[] = [];
  for (const blueprint of blueprints) {
    const events = new Set(blueprint.flows.flatMap((f) => (f.event ? [f.event] : [])));
    for (const event of events)
      if (!blueprint.events?.[event] && !(event in SYSTEM_EVENTS))
        missing.push({ kind: 'event', code: event, in: blueprint.key });
    for (const role of rolesUsed(blueprint))
      if (!blueprint.roles?.[role] && !(role in SYSTEM_ROLES))
        missing.push({ kind: 'role', code: role, in: blueprint.key });
  }
  if (ruleset) {
    const teams = new Set([
      ruleset.defaults.team,
      ...ruleset.rules.flatMap((r) => (r.decide.team ? [r.decide.team] : [])),
    ]);
    for (const team of teams)
      if (!ruleset.teams?.[team]) missing.push({ kind: 'team', code: team, in: ruleset.key });
  }
  return missing;
}
