import type { Condition } from '../schema/condition.js';
import type { Text } from '../schema/primitives.js';
import { durationWords } from './duration-words.js';

const WORDS: Record<string, Record<string, Text>> = {
  lane: {
    evidence: { 'zh-CN': '有形展示', en: 'Physical evidence' },
    customer: { 'zh-CN': '客户行为', en: 'Customer actions' },
    frontstage: { 'zh-CN': '前台', en: 'Front stage' },
    backstage: { 'zh-CN': '后台', en: 'Back stage' },
    support: { 'zh-CN': '支持过程', en: 'Support processes' },
  },
  clock: {
    wall: { 'zh-CN': '自然时间', en: 'calendar time' },
    business: { 'zh-CN': '仅工作时间', en: 'working hours only' },
  },
  class: {
    general: { 'zh-CN': '一般委托', en: 'general' },
    special: { 'zh-CN': '特约委托', en: 'special' },
    emergency: { 'zh-CN': '紧急委托', en: 'emergency' },
  },
  type: {
    start: { 'zh-CN': '开始', en: 'start' },
    task: { 'zh-CN': '任务', en: 'task' },
    auto: { 'zh-CN': '自动', en: 'automatic' },
    decision: { 'zh-CN': '判断', en: 'decision' },
    end: { 'zh-CN': '结束', en: 'end' },
  },
};

const OPERATOR: Record<string, Text> = {
  equal: { 'zh-CN': '=', en: '=' },
  notEqual: { 'zh-CN': '≠', en: '≠' },
  lessThan: { 'zh-CN': '<', en: '<' },
  lessThanInclusive: { 'zh-CN': '≤', en: '≤' },
  greaterThan: { 'zh-CN': '>', en: '>' },
  greaterThanInclusive: { 'zh-CN': '≥', en: '≥' },
  in: { 'zh-CN': '属于', en: 'in' },
  notIn: { 'zh-CN': '不属于', en: 'not in' },
  contains: { 'zh-CN': '包含', en: 'contains' },
  doesNotContain: { 'zh-CN': '不包含', en: 'does not contain' },
  textContainsAny: { 'zh-CN': '提到任一', en: 'mentions any of' },
};

const both = (s: string): Text => ({ 'zh-CN': s, en: s });
const join = (items: Text[], zh: string, en: string): Text => ({
  'zh-CN': items.map((x) => x['zh-CN']).join(zh),
  en: items.map((x) => x.en).join(en),
});

export const isText = (v: unknown): v is Text =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.keys(v).length === 2 &&
  typeof (v as Text)['zh-CN'] === 'string' &&
  typeof (v as Text).en === 'string';

/**
 * The words a ruleset gives the codes a condition names: its facts' labels, their options'
 * labels, and its shared conditions' labels. Without it a condition reads by the codes.
 */
export interface ConditionNames {
  fact: (name: string) => Text | undefined;
  value: (fact: string, value: unknown) => Text | undefined;
  shared: (name: string) => Text | undefined;
}

interface RulesetWords {
  facts?: { name: string; label: Text; options?: { value: string; label: Text }[] }[];
  conditions?: Record<string, { label: Text }>;
}

/**
 * The names a ruleset (or any document with `facts` and shared `conditions`) gives its codes.
 * @example conditionWords(c, conditionNamesOf(ruleset)) // '正在跑水 = 是', not 'waterFlowing = 是'
 */
export function conditionNamesOf(doc: unknown): ConditionNames {
  const d = (doc && typeof doc === 'object' ? doc : {}) as RulesetWords;
  const facts = Array.isArray(d.facts) ? d.facts : [];
  const fact = (name: string) => facts.find((f) => f?.name === name);
  const shared = d.conditions && typeof d.conditions === 'object' ? d.conditions : {};
  return {
    fact: (name) => (isText(fact(name)?.label) ? fact(name)!.label : undefined),
    value: (name, value) => {
      const label = fact(name)?.options?.find((o) => o.value === value)?.label;
      return isText(label) ? label : undefined;
    },
    shared: (name) =>
      Object.hasOwn(shared, name) && isText(shared[name]?.label) ? shared[name]!.label : undefined,
  };
}

/**
 * A condition as a line a designer reads: `satisfaction < 3 且 inHome = 是`, or with a ruleset's
 * names, `满意度 < 3 且 户内 = 是`.
 * @example conditionWords({ all: [{ fact: 'satisfaction', operator: 'lessThan', value: 3 }] }).en === 'satisfaction < 3'
 */
export function conditionWords(condition: Condition, names?: ConditionNames, nested = false): Text {
  if ('fact' in condition) {
    const op = OPERATOR[condition.operator] ?? both(condition.operator);
    const fact = names?.fact(condition.fact) ?? both(condition.fact);
    const v = condition.value;
    const value = Array.isArray(v)
      ? scalarWords(v.map((x) => names?.value(condition.fact, x) ?? x))
      : (names?.value(condition.fact, v) ?? scalarWords(v));
    return {
      'zh-CN': `${fact['zh-CN']} ${op['zh-CN']} ${value['zh-CN']}`,
      en: `${fact.en} ${op.en} ${value.en}`,
    };
  }
  if ('not' in condition) {
    const inner = conditionWords(condition.not, names, true);
    return { 'zh-CN': `非（${inner['zh-CN']}）`, en: `not (${inner.en})` };
  }
  // A ruleset's shared condition, by its label where the ruleset gives one.
  if ('condition' in condition) {
    const label = names?.shared(condition.condition);
    return label ? { 'zh-CN': `「${label['zh-CN']}」`, en: `"${label.en}"` } : both(condition.condition);
  }
  const all = 'all' in condition;
  const parts = (all ? condition.all : condition.any).map((c) => conditionWords(c, names, true));
  const line = join(parts, all ? ' 且 ' : ' 或 ', all ? ' and ' : ' or ');
  return nested && parts.length > 1 ? { 'zh-CN': `（${line['zh-CN']}）`, en: `(${line.en})` } : line;
}

function scalarWords(value: unknown): Text {
  if (isText(value)) return value;
  if (Array.isArray(value)) {
    const items = join(value.map(scalarWords), '、', ', ');
    return { 'zh-CN': `[${items['zh-CN']}]`, en: `[${items.en}]` };
  }
  if (value === true) return { 'zh-CN': '是', en: 'yes' };
  if (value === false) return { 'zh-CN': '否', en: 'no' };
  if (value === null) return { 'zh-CN': '空', en: 'empty' };
  return both(typeof value === 'string' ? value : JSON.stringify(value));
}

function actionWords(action: Record<string, unknown>): Text {
  const of = (k: string) => String(action[k] ?? '');
  if (action.kind === 'notify') return { 'zh-CN': `通知 ${of('to')}`, en: `notify ${of('to')}` };
  if (action.kind === 'assign') return { 'zh-CN': `指派 ${of('role')}`, en: `assign ${of('role')}` };
  return { 'zh-CN': `联系供方 ${of('supplier')}`, en: `call supplier ${of('supplier')}` };
}

/** Names a step by its label in a blueprint, else by its id. */
export type StepNamer = (id: string) => Text;

/**
 * A value of a property in words, read by what the property is: a duration as 4 小时, a lane by
 * its row, a condition as a line, yes/no, an item by its label.
 */
export function valueWords(
  key: string,
  value: unknown,
  stepName: StepNamer,
  names?: ConditionNames,
): Text | undefined {
  if (value === undefined) return undefined;
  // What a shared condition suggests (`户内 = 是`) and asks (`正在跑水、户内`), by the facts' words.
  if (key === 'suggests' && value && typeof value === 'object' && 'fact' in value)
    return conditionWords({ ...(value as { fact: string; value: never }), operator: 'equal' }, names);
  if (key === 'asks' && Array.isArray(value))
    return join(
      value.map((f) => names?.fact(String(f)) ?? both(String(f))),
      '、',
      ', ',
    );
  if ((key === 'from' || key === 'to') && typeof value === 'string') return stepName(value);
  if ((key === 'duration' || key === 'timeStandards') && typeof value === 'string')
    return durationWords(value);
  if ((key === 'condition' || key === 'conditions') && value && typeof value === 'object')
    return conditionWords(value as Condition, names);
  const known = typeof value === 'string' ? WORDS[key]?.[value] : undefined;
  if (known) return known;
  if (key === 'warnAt' && Array.isArray(value))
    return join(
      value.map((n) => both(`${Math.round(Number(n) * 100)}%`)),
      '、',
      ', ',
    );
  if (key === 'actions' && Array.isArray(value))
    return join(
      value.map((a) => actionWords(a as Record<string, unknown>)),
      '；',
      '; ',
    );
  if (isText(value)) return value;
  if (Array.isArray(value))
    return join(
      value.map((v) => valueWords('', v, stepName) ?? both('')),
      '、',
      ', ',
    );
  if (value && typeof value === 'object') {
    const item = value as Record<string, unknown>;
    if (isText(item.label)) return item.label;
    if (typeof item.id === 'string') return both(item.id);
    if (typeof item.name === 'string') return both(item.name);
    return both(JSON.stringify(value));
  }
  return scalarWords(value);
}
