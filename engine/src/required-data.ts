import type { Field } from './schema/blueprint.js';
import type { Text } from './schema/primitives.js';

/** One problem with the data sent for a step, naming the field. */
export interface DataIssue {
  field: string;
  problem: 'missing' | 'type' | 'range' | 'length' | 'option' | 'future' | 'unknown';
  message: Text;
}

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;
const PHONE = /^\+?[\d\s()-]{5,20}$/;

function typeIssue(field: Field, value: unknown): DataIssue | undefined {
  const bad = (zh: string, en: string): DataIssue => ({
    field: field.name,
    problem: 'type',
    message: { 'zh-CN': `“${field.label['zh-CN']}”${zh}`, en: `"${field.label.en}" ${en}` },
  });
  switch (field.type) {
    case 'string':
    case 'text':
      return typeof value === 'string' ? undefined : bad('应为文字', 'must be text');
    case 'integer':
      return Number.isInteger(value) ? undefined : bad('应为整数', 'must be a whole number');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? undefined
        : bad('应为数字', 'must be a number');
    case 'boolean':
      return typeof value === 'boolean' ? undefined : bad('应为是或否', 'must be yes or no');
    case 'choice':
      return typeof value === 'string' ? undefined : bad('应为一个选项', 'must be one of the options');
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : bad('应为日期', 'must be a date');
    case 'phone':
      return typeof value === 'string' && PHONE.test(value)
        ? undefined
        : bad('应为电话号码', 'must be a phone number');
  }
}

/** A calendar date may be today anywhere on earth (UTC+14) while `now` is still yesterday in UTC. */
const FURTHEST_ZONE_MS = 14 * 3_600_000;

/** Whether a `past` field's value lies after `now` (an ISO instant): a calendar date by the furthest zone's day. */
function inFuture(value: string, now: string): boolean {
  if (value.length === 10)
    return value > new Date(Date.parse(now) + FURTHEST_ZONE_MS).toISOString().slice(0, 10);
  return Date.parse(value) > Date.parse(now);
}

/**
 * Checks event data against a step's form and returns every problem, field by field; with `now`,
 * a date of a field marked `past` that lies after it is a problem too.
 * @example checkRequiredData([{ name: 'satisfaction', type: 'integer', min: 1, max: 5, label }], { satisfaction: 9 }) // one 'range' issue
 */
export function checkRequiredData(
  fields: readonly Field[],
  data: Readonly<Record<string, unknown>>,
  now?: string,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const known = new Set(fields.map((f) => f.name));
  for (const field of fields) {
    const value = data[field.name];
    const name = { zh: field.label['zh-CN'], en: field.label.en };
    if (value === undefined || value === null || value === '') {
      if (field.required !== false)
        issues.push({
          field: field.name,
          problem: 'missing',
          message: { 'zh-CN': `请填写“${name.zh}”`, en: `"${name.en}" is required` },
        });
      continue;
    }
    const typeProblem = typeIssue(field, value);
    if (typeProblem) {
      issues.push(typeProblem);
      continue;
    }
    if (
      typeof value === 'number' &&
      ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max))
    )
      issues.push({
        field: field.name,
        problem: 'range',
        message: {
          'zh-CN': `“${name.zh}”应在 ${field.min ?? '-∞'} 到 ${field.max ?? '∞'} 之间`,
          en: `"${name.en}" must be between ${field.min ?? '-∞'} and ${field.max ?? '∞'}`,
        },
      });
    if (typeof value === 'string' && field.maxLength !== undefined && value.length > field.maxLength)
      issues.push({
        field: field.name,
        problem: 'length',
        message: {
          'zh-CN': `“${name.zh}”最多 ${field.maxLength} 个字`,
          en: `"${name.en}" takes at most ${field.maxLength} characters`,
        },
      });
    if (field.past && now && typeof value === 'string' && inFuture(value, now))
      issues.push({
        field: field.name,
        problem: 'future',
        message: {
          'zh-CN': `“${name.zh}”是已经发生的时间，不能晚于现在`,
          en: `"${name.en}" is when it happened: it cannot be later than now`,
        },
      });
    if (field.type === 'choice' && field.options && !field.options.some((o) => o.value === value))
      issues.push({
        field: field.name,
        problem: 'option',
        message: { 'zh-CN': `“${name.zh}”不是可选的值`, en: `"${name.en}" is not one of the options` },
      });
  }
  for (const key of Object.keys(data))
    if (!known.has(key))
      issues.push({
        field: key,
        problem: 'unknown',
        message: { 'zh-CN': `此步骤不需要字段“${key}”`, en: `This step takes no field "${key}"` },
      });
  return issues;
}
