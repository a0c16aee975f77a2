import { canonicalJson } from '../canonical.js';
import type { Blueprint } from '../schema/blueprint.js';
import type { Text } from '../schema/primitives.js';
import type { Ruleset } from '../schema/ruleset.js';
import { whereOf } from '../schema-words.js';
import { conditionNamesOf, isText, valueWords, type ConditionNames, type StepNamer } from './value-words.js';

export type DiffChange = 'added' | 'removed' | 'changed';

/**
 * One change between two versions of a document, in words: where (by the canvas's names,
 * "抢修 · 时限 · 时长"), and the value before and after ("4 小时" → "2 小时").
 */
export interface DiffEntry {
  change: DiffChange;
  /**
   * What changed, from the step, flow or rule it belongs to: `step`, `flow` or `rule` for the whole
   * item, else the property's keys joined by dots (`timeStandard.duration`, `roles`, `to`).
   */
  field: string;
  stepId?: string;
  flowId?: string;
  ruleId?: string;
  /** The ruleset's shared condition the entry is about, by its name. */
  conditionName?: string;
  /** Which document `path` points into: the newer one, or the older for what is gone from the newer. */
  side: 'before' | 'after';
  path: (string | number)[];
  where: Text;
  before?: Text;
  after?: Text;
}

type Json = Record<string, unknown>;
type Path = (string | number)[];

/** Lists whose items are matched by a key rather than by position. */
const KEYED: Record<string, string> = {
  steps: 'id',
  flows: 'id',
  rules: 'id',
  evidence: 'id',
  requiredData: 'name',
  facts: 'name',
  options: 'value',
};
/** The lists whose items the canvas selects, and the id the entry carries for each. */
const TARGETS: Record<string, 'stepId' | 'flowId' | 'ruleId'> = {
  steps: 'stepId',
  flows: 'flowId',
  rules: 'ruleId',
};
const WHOLE: Record<string, string> = { steps: 'step', flows: 'flow', rules: 'rule' };
/** The order entries follow within one item: who and where first, then time, marks, data. */
const ORDER = [
  'name',
  'label',
  'description',
  'class',
  'type',
  'lane',
  'from',
  'to',
  'event',
  'roles',
  'condition',
  'conditions',
  'priority',
  'decide',
  'timeStandard',
  'noDeadline',
  'momentOfTruth',
  'failPoint',
  'customerSeesActor',
  'actions',
  'evidence',
  'requiredData',
  'steps',
  'flows',
  'facts',
  'defaults',
  'rules',
];
const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);

/** Never part of the meaning (layout), or the same on both sides by construction. */
const IGNORED = new Set(['$schema', 'layout', 'key']);

interface Walk {
  before: Json;
  after: Json;
  out: DiffEntry[];
  target: Pick<DiffEntry, 'stepId' | 'flowId' | 'ruleId' | 'conditionName'>;
  field: string[];
  /** A ruleset's words for its facts and shared conditions, on each side. */
  names: { before: ConditionNames; after: ConditionNames };
}

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) =>
  a === b || (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b));

function namer(doc: Json): StepNamer {
  const steps = Array.isArray(doc.steps) ? (doc.steps as Json[]) : [];
  return (id) => {
    const label = steps.find((s) => s.id === id)?.label;
    return isText(label) ? label : { 'zh-CN': id, en: id };
  };
}

function roleWords(doc: Json, role: string): Text {
  const declared = isObject(doc.roles) ? doc.roles[role] : undefined;
  return isText(declared)
    ? { 'zh-CN': `${role}（${declared['zh-CN']}）`, en: `${role} (${declared.en})` }
    : { 'zh-CN': role, en: role };
}

function entry(w: Walk, change: DiffChange, pa: Path | null, pb: Path | null): DiffEntry {
  const side = pb ? 'after' : 'before';
  const path = (pb ?? pa)!;
  return {
    change,
    field: w.field.join('.'),
    ...w.target,
    side,
    path,
    where: whereOf(path, side === 'after' ? w.after : w.before),
  };
}

/** A property's value changed, appeared or went: with both values in words. */
function leaf(w: Walk, key: string, a: unknown, b: unknown, pa: Path, pb: Path) {
  const change = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
  // A rule's time standards are durations by step id: the key names the step, not the kind.
  const kind = w.field.includes('timeStandards') ? 'duration' : key;
  const before = valueWords(kind, a, namer(w.before), w.names.before);
  const after = valueWords(kind, b, namer(w.after), w.names.after);
  w.out.push({ ...entry(w, change, pa, pb), ...(before ? { before } : {}), ...(after ? { after } : {}) });
}

/** A list of role names: one entry per role added or removed. */
function diffRoles(w: Walk, a: unknown, b: unknown, pa: Path, pb: Path) {
  const before = new Set(Array.isArray(a) ? (a as string[]) : []);
  const after = new Set(Array.isArray(b) ? (b as string[]) : []);
  for (const r of after)
    if (!before.has(r)) w.out.push({ ...entry(w, 'added', pa, pb), after: roleWords(w.after, r) });
  for (const r of before)
    if (!after.has(r)) w.out.push({ ...entry(w, 'removed', pa, pb), before: roleWords(w.before, r) });
}

/** Items matched by their key: each one added or removed is one entry, named by its place alone. */
function diffKeyed(w: Walk, list: string, a: unknown, b: unknown, pa: Path, pb: Path) {
  const by = KEYED[list]!;
  const target = TARGETS[list];
  const olds = Array.isArray(a) ? (a as Json[]) : [];
  const news = Array.isArray(b) ? (b as Json[]) : [];
  const keyOf = (x: Json) => String(x[by]);
  const oldIndex = new Map(olds.map((x, i) => [keyOf(x), i]));
  const newKeys = new Set(news.map(keyOf));
  const of = (id: string): Walk =>
    target ? { ...w, target: { [target]: id }, field: [] } : { ...w, field: [...w.field, list] };
  const whole = (iw: Walk, change: DiffChange, ipa: Path | null, ipb: Path | null) =>
    w.out.push({ ...entry(iw, change, ipa, ipb), field: WHOLE[list] ?? iw.field.join('.') });
  news.forEach((x, i) => {
    const j = oldIndex.get(keyOf(x));
    const ipb = [...pb, list, i];
    if (j === undefined) whole(of(keyOf(x)), 'added', null, ipb);
    else diffProps(of(keyOf(x)), olds[j], x, [...pa, list, j], ipb);
  });
  olds.forEach((x, j) => {
    if (!newKeys.has(keyOf(x))) whole(of(keyOf(x)), 'removed', [...pa, list, j], null);
  });
}

/**
 * A ruleset's shared conditions, by name: each one added or removed is one entry, named by its
 * label; one changed lists its label, condition, suggestion and question like a rule's fields.
 */
function diffShared(w: Walk, a: unknown, b: unknown, pa: Path, pb: Path) {
  const olds = isObject(a) ? a : {};
  const news = isObject(b) ? b : {};
  const of = (name: string): Walk => ({ ...w, target: { conditionName: name }, field: [] });
  for (const name of Object.keys(news)) {
    const ipb = [...pb, 'conditions', name];
    if (!Object.hasOwn(olds, name))
      w.out.push({ ...entry(of(name), 'added', null, ipb), field: 'sharedCondition' });
    else diffProps(of(name), olds[name], news[name], [...pa, 'conditions', name], ipb);
  }
  for (const name of Object.keys(olds))
    if (!Object.hasOwn(news, name))
      w.out.push({
        ...entry(of(name), 'removed', [...pa, 'conditions', name], null),
        field: 'sharedCondition',
      });
}

function diffProps(w: Walk, a: unknown, b: unknown, pa: Path, pb: Path): void {
  const olds = isObject(a) ? a : {};
  const news = isObject(b) ? b : {};
  const keys = [...new Set([...Object.keys(news), ...Object.keys(olds)])].sort((x, y) => rank(x) - rank(y));
  for (const key of keys) {
    if (IGNORED.has(key) || (key === 'id' && w.field.length === 0)) continue;
    const va = olds[key];
    const vb = news[key];
    if (same(va, vb)) continue;
    const npa = [...pa, key];
    const npb = [...pb, key];
    const sub = { ...w, field: [...w.field, key] };
    const value = vb ?? va;
    // A text changed in one language only says which: "名称 · 中文: 上门维修 → 修理".
    const oneLanguage = isText(va) && isText(vb) && (va.en === vb.en || va['zh-CN'] === vb['zh-CN']);
    // A ruleset's own shared conditions (not a rule's `conditions`, which is one condition).
    const sharedList =
      key === 'conditions' && pa.length === 0 && isObject(value) && !('all' in value || 'any' in value);
    if (oneLanguage) diffProps(sub, va, vb, npa, npb);
    else if (sharedList) diffShared(w, va, vb, pa, pb);
    else if (key in KEYED && Array.isArray(value)) diffKeyed(w, key, va, vb, pa, pb);
    else if (key === 'roles' && Array.isArray(value)) diffRoles(sub, va, vb, npa, npb);
    else if (isObject(value) && !isText(value) && !['condition', 'conditions', 'suggests'].includes(key))
      diffProps(sub, va, vb, npa, npb);
    else leaf(sub, key, va, vb, npa, npb);
  }
}

/**
 * Every change between two versions of a document (a blueprint or a ruleset), field by field:
 * steps, flows and rules matched by id, form fields by name, evidence by id; layout ignored.
 */
export function diffDocuments(before: unknown, after: unknown): DiffEntry[] {
  const w: Walk = {
    before: isObject(before) ? before : {},
    after: isObject(after) ? after : {},
    out: [],
    target: {},
    field: [],
    names: { before: conditionNamesOf(before), after: conditionNamesOf(after) },
  };
  diffProps(w, w.before, w.after, [], []);
  return w.out;
}

/**
 * What changed from one blueprint version to another, field by field, in words.
 * @example
 * diffBlueprints(v1, v2)
 * // [{ change: 'changed', field: 'timeStandard.duration', stepId: 'repair',
 * //    where: { 'zh-CN': '抢修 · 时限 · 时长', … }, before: { 'zh-CN': '4 小时', … }, after: { 'zh-CN': '2 小时', … } }]
 */
export function diffBlueprints(before: Blueprint, after: Blueprint): DiffEntry[] {
  return diffDocuments(before, after);
}

/**
 * What changed from one ruleset version to another: rules added or removed, and each rule's
 * name, priority, conditions and decision, field by field, in words; shared conditions the same
 * way. Conditions read by the facts' labels each side declares (`正在跑水 = 是`).
 * @example diffRulesets(v1, v2).filter((e) => e.field === 'priority')
 */
export function diffRulesets(before: Ruleset, after: Ruleset): DiffEntry[] {
  return diffDocuments(before, after);
}
