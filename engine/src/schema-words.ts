import type { z } from 'zod';
import type { Text } from './schema/primitives.js';

/**
 * Schema problems in words a designer reads: where, by the names on the canvas ("抢修 · 时限 ·
 * 时长"), and what is wrong, with an example ("请输入时长，例如 2 小时"); never a JSON path. The
 * diagnostic keeps the path itself for selecting the step or flow.
 */

const PROPERTY: Record<string, Text> = {
  key: { 'zh-CN': '编号', en: 'Key' },
  name: { 'zh-CN': '名称', en: 'Name' },
  label: { 'zh-CN': '名称', en: 'Label' },
  description: { 'zh-CN': '说明', en: 'Description' },
  class: { 'zh-CN': '类别', en: 'Class' },
  steps: { 'zh-CN': '环节', en: 'Steps' },
  flows: { 'zh-CN': '连线', en: 'Flows' },
  lane: { 'zh-CN': '泳道', en: 'Row' },
  type: { 'zh-CN': '类型', en: 'Type' },
  roles: { 'zh-CN': '角色', en: 'Roles' },
  timeStandard: { 'zh-CN': '时限', en: 'Time standard' },
  duration: { 'zh-CN': '时长', en: 'Duration' },
  warnAt: { 'zh-CN': '预警点', en: 'Warning at' },
  onBreach: { 'zh-CN': '超时处理', en: 'On breach' },
  escalateTo: { 'zh-CN': '上报给', en: 'Escalate to' },
  calendar: { 'zh-CN': '计时方式', en: 'Clock' },
  clock: { 'zh-CN': '计时方式', en: 'Clock' },
  momentOfTruth: { 'zh-CN': '关键时刻', en: 'Moment of truth' },
  failPoint: { 'zh-CN': '易失误点', en: 'Fail point' },
  customerSeesActor: { 'zh-CN': '客户可见经办人', en: 'Customer sees who acted' },
  required: { 'zh-CN': '必填', en: 'Required' },
  customerVisible: { 'zh-CN': '客户可见', en: 'Customer visible' },
  past: { 'zh-CN': '不晚于当时', en: 'Not in the future' },
  priority: { 'zh-CN': '优先级', en: 'Priority' },
  decide: { 'zh-CN': '决定', en: 'Decision' },
  defaults: { 'zh-CN': '默认', en: 'Defaults' },
  team: { 'zh-CN': '班组', en: 'Team' },
  role: { 'zh-CN': '角色', en: 'Role' },
  blueprint: { 'zh-CN': '蓝图', en: 'Blueprint' },
  timeStandards: { 'zh-CN': '时限', en: 'Time standards' },
  requiredData: { 'zh-CN': '表单', en: 'Form' },
  options: { 'zh-CN': '选项', en: 'Options' },
  value: { 'zh-CN': '值', en: 'Value' },
  min: { 'zh-CN': '最小值', en: 'Minimum' },
  max: { 'zh-CN': '最大值', en: 'Maximum' },
  maxLength: { 'zh-CN': '最大长度', en: 'Maximum length' },
  prefill: { 'zh-CN': '预填来源', en: 'Filled in from' },
  event: { 'zh-CN': '事件', en: 'Event' },
  from: { 'zh-CN': '起点', en: 'From' },
  to: { 'zh-CN': '终点', en: 'To' },
  condition: { 'zh-CN': '条件', en: 'Condition' },
  actions: { 'zh-CN': '动作', en: 'Actions' },
  evidence: { 'zh-CN': '有形展示', en: 'Evidence' },
  noDeadline: { 'zh-CN': '无时限原因', en: 'Why no deadline' },
  layout: { 'zh-CN': '布局', en: 'Layout' },
  facts: { 'zh-CN': '事实', en: 'Facts' },
  rules: { 'zh-CN': '规则', en: 'Rules' },
  conditions: { 'zh-CN': '条件', en: 'Conditions' },
  operator: { 'zh-CN': '运算', en: 'Operator' },
  fact: { 'zh-CN': '事实', en: 'Fact' },
  suggests: { 'zh-CN': '提示填写', en: 'Suggests' },
  asks: { 'zh-CN': '追问', en: 'Asks' },
  'zh-CN': { 'zh-CN': '中文', en: 'Chinese' },
  en: { 'zh-CN': '英文', en: 'English' },
};

// The patterns of the schema's own regexes (primitives.ts), in both languages.
const PATTERN: Record<string, Text> = {
  'lower-case letters, digits, - and _': {
    'zh-CN': '只能用小写字母、数字、- 和 _',
    en: 'use lower-case letters, digits, - and _',
  },
  'lower-case letters, digits and -': {
    'zh-CN': '只能用小写字母、数字和 -',
    en: 'use lower-case letters, digits and -',
  },
  'letters, digits and _': { 'zh-CN': '只能用字母、数字和 _', en: 'use letters, digits and _' },
};

const TYPE_WORDS: Record<string, Text> = {
  string: { 'zh-CN': '文字', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  boolean: { 'zh-CN': '是或否', en: 'yes or no' },
  array: { 'zh-CN': '列表', en: 'a list' },
  object: { 'zh-CN': '一组设置', en: 'a group of settings' },
};

/** safe-parse.ts's words for a value no JSON document holds (a getter, a symbol, a cycle…). */
const NOT_PLAIN_DATA = 'a value that is not plain data';

type Json = Record<string, unknown> | unknown[] | undefined;

const zhOf = (t: unknown): string | undefined =>
  t && typeof t === 'object' && typeof (t as Text)['zh-CN'] === 'string' ? (t as Text)['zh-CN'] : undefined;
const enOf = (t: unknown): string | undefined =>
  t && typeof t === 'object' && typeof (t as Text).en === 'string' ? (t as Text).en : undefined;
const idOf = (x: unknown): string | undefined =>
  x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string'
    ? (x as { id: string }).id
    : undefined;

/** An item of a list by what the canvas calls it: a step's label, a flow's two ends, a field's label. */
function itemName(list: string | undefined, items: unknown[], index: number, root: Json): Text {
  const item = items[index] as Record<string, unknown> | undefined;
  const n = index + 1;
  if (list === 'flows' && item) {
    const steps = Array.isArray((root as { steps?: unknown })?.steps)
      ? ((root as { steps: unknown[] }).steps as unknown[])
      : [];
    const end = (id: unknown) => {
      const step = steps.find((s) => idOf(s) === id) as { label?: unknown } | undefined;
      const raw = typeof id === 'string' ? id : '?';
      return { zh: zhOf(step?.label) ?? raw, en: enOf(step?.label) ?? raw };
    };
    const a = end(item.from);
    const b = end(item.to);
    return { 'zh-CN': `连线 ${a.zh} → ${b.zh}`, en: `flow ${a.en} → ${b.en}` };
  }
  // A rule is named by its name (a text); a form field by its label; else by id or name.
  const zh =
    zhOf(item?.label) ??
    zhOf(item?.name) ??
    idOf(item) ??
    (typeof item?.name === 'string' ? item.name : undefined);
  const en =
    enOf(item?.label) ??
    enOf(item?.name) ??
    idOf(item) ??
    (typeof item?.name === 'string' ? item.name : undefined);
  if (zh || en) return { 'zh-CN': zh ?? en!, en: en ?? zh! };
  return { 'zh-CN': `第 ${n} 项`, en: `item ${n}` };
}

/**
 * Where a path points, by names: `['steps', 6, 'timeStandard', 'duration']` of a blueprint whose
 * seventh step is 抢修 reads "抢修 · 时限 · 时长" / "Emergency repair · Time standard · Duration".
 */
export function whereOf(path: readonly PropertyKey[], root: unknown): Text {
  const zh: string[] = [];
  const en: string[] = [];
  let node: unknown = root;
  let parentKey: string | undefined;
  path.forEach((segment) => {
    if (typeof segment === 'number' && Array.isArray(node)) {
      const name = itemName(parentKey, node, segment, root as Json);
      // The list's own name ("环节") is dropped once an item of it is named.
      if (parentKey && PROPERTY[parentKey]) {
        zh.pop();
        en.pop();
      }
      zh.push(name['zh-CN']);
      en.push(name.en);
    } else if (parentKey === 'conditions' && path[0] === 'conditions' && zh.length === 1) {
      // A ruleset's shared condition, by its label: "共享条件「户内」".
      const label = (node as Record<string, { label?: unknown }> | undefined)?.[String(segment)]?.label;
      zh.pop();
      en.pop();
      zh.push(`共享条件「${zhOf(label) ?? String(segment)}」`);
      en.push(`Shared condition "${enOf(label) ?? String(segment)}"`);
      parentKey = undefined;
    } else {
      const key = String(segment);
      const words = Object.hasOwn(PROPERTY, key) ? PROPERTY[key] : undefined;
      zh.push(words?.['zh-CN'] ?? key);
      en.push(words?.en ?? key);
      parentKey = key;
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
  });
  return zh.length
    ? { 'zh-CN': zh.join(' · '), en: en.join(' · ') }
    : { 'zh-CN': '整个文档', en: 'The document' };
}

/** What is wrong, with an example where one helps. */
export function problemOf(issue: z.core.$ZodIssue): Text {
  const message = issue.message;
  switch (issue.code) {
    case 'custom': {
      const zh = (issue.params as { zh?: string } | undefined)?.zh;
      if (zh) return { 'zh-CN': zh, en: message };
      if (message === NOT_PLAIN_DATA) return { 'zh-CN': '含有无法读取的值（不是普通数据）', en: message };
      return { 'zh-CN': `不符合要求（${message}）`, en: message };
    }
    case 'invalid_format':
      if (message.includes('ISO-8601 duration'))
        return {
          'zh-CN': '请输入时长，例如 2 小时（PT2H）、30 分钟（PT30M）或 3 天（P3D）',
          en: 'enter a length of time, e.g. 2 hours (PT2H), 30 minutes (PT30M) or 3 days (P3D)',
        };
      return (
        (Object.hasOwn(PATTERN, message) ? PATTERN[message] : undefined) ?? {
          'zh-CN': `格式不正确（${message}）`,
          en: message,
        }
      );
    case 'invalid_type': {
      if (/received undefined/.test(message)) return { 'zh-CN': '必须填写', en: 'is required' };
      const words = Object.hasOwn(TYPE_WORDS, issue.expected) ? TYPE_WORDS[issue.expected] : undefined;
      return words
        ? { 'zh-CN': `应为${words['zh-CN']}`, en: `must be ${words.en}` }
        : { 'zh-CN': `格式不正确（${message}）`, en: message };
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      return { 'zh-CN': `应为以下之一：${values.join('、')}`, en: `must be one of: ${values.join(', ')}` };
    }
    case 'too_small':
      if (issue.origin === 'array')
        return { 'zh-CN': `至少需要 ${issue.minimum} 项`, en: `needs at least ${issue.minimum}` };
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { 'zh-CN': '不能为空', en: 'must not be empty' }
          : { 'zh-CN': `至少 ${issue.minimum} 个字`, en: `needs at least ${issue.minimum} characters` };
      return { 'zh-CN': `不能小于 ${issue.minimum}`, en: `must be at least ${issue.minimum}` };
    case 'too_big':
      if (issue.origin === 'array')
        return { 'zh-CN': `最多 ${issue.maximum} 项`, en: `takes at most ${issue.maximum}` };
      if (issue.origin === 'string')
        return { 'zh-CN': `最多 ${issue.maximum} 个字`, en: `takes at most ${issue.maximum} characters` };
      return { 'zh-CN': `不能大于 ${issue.maximum}`, en: `must be at most ${issue.maximum}` };
    case 'unrecognized_keys':
      return {
        'zh-CN': `不认识的设置：${issue.keys.join('、')}`,
        en: `unknown setting: ${issue.keys.join(', ')}`,
      };
    default:
      return { 'zh-CN': `格式不正确（${message}）`, en: message };
  }
}
