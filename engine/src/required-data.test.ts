import { describe, expect, it } from 'vitest';
import { checkRequiredData } from './required-data.js';
import type { Field } from './schema/blueprint.js';
import { t } from './test-support/builders.js';

const field = (name: string, type: Field['type'], extra: Partial<Field> = {}): Field => ({
  name,
  label: t(name),
  type,
  ...extra,
});
const problems = (fields: Field[], data: Record<string, unknown>) =>
  checkRequiredData(fields, data).map((i) => `${i.field}:${i.problem}`);

describe('checkRequiredData', () => {
  it('accepts data that fits every field', () => {
    const fields = [
      field('note', 'text', { maxLength: 10 }),
      field('count', 'integer', { min: 1, max: 5 }),
      field('cost', 'number', { min: 0 }),
      field('paid', 'boolean'),
      field('kind', 'choice', { options: [{ value: 'a', label: t('A') }] }),
      field('day', 'date'),
      field('phone', 'phone'),
      field('name', 'string'),
    ];
    expect(
      problems(fields, {
        note: 'short',
        count: 3,
        cost: 9.5,
        paid: false,
        kind: 'a',
        day: '2026-11-23T08:00:00Z',
        phone: '+86 (10) 1234-5678',
        name: 'Li',
      }),
    ).toEqual([]);
  });

  it('reports missing required fields, treating null and empty text as missing', () => {
    const fields = [
      field('a', 'string'),
      field('b', 'string'),
      field('c', 'string'),
      field('d', 'string', { required: false }),
    ];
    expect(problems(fields, { b: null, c: '' })).toEqual(['a:missing', 'b:missing', 'c:missing']);
  });

  it('reports values of the wrong type', () => {
    const fields = (
      ['string', 'text', 'integer', 'number', 'boolean', 'choice', 'date', 'phone'] as const
    ).map((type) => field(type, type));
    const data = {
      string: 1,
      text: false,
      integer: 1.5,
      number: Number.POSITIVE_INFINITY,
      boolean: 'yes',
      choice: 2,
      date: '23/11/2026',
      phone: 'call me',
    };
    expect(problems(fields, data)).toEqual(fields.map((f) => `${f.name}:type`));
    expect(problems([field('date', 'date')], { date: '2026-13-45' })).toEqual(['date:type']);
  });

  it('reports numbers out of range, text too long and choices not offered', () => {
    const fields = [
      field('low', 'integer', { min: 1 }),
      field('high', 'number', { max: 5 }),
      field('long', 'string', { maxLength: 2 }),
      field('pick', 'choice', { options: [{ value: 'a', label: t('A') }] }),
    ];
    expect(problems(fields, { low: 0, high: 6, long: 'abc', pick: 'b' })).toEqual([
      'low:range',
      'high:range',
      'long:length',
      'pick:option',
    ]);
    expect(checkRequiredData(fields.slice(0, 1), { low: 0 })[0]!.message.en).toBe(
      '"low" must be between 1 and ∞',
    );
  });

  it('reports fields the step does not take', () => {
    expect(problems([], { extra: 1 })).toEqual(['extra:unknown']);
  });

  it('refuses a date of when something happened that lies after the step’s moment, by the furthest zone’s day', () => {
    const when = [field('complainedAt', 'date', { past: true })];
    const now = '2026-12-03T20:00:00.000Z'; // already 4 December in Beijing (UTC+8)
    const at = (value: string) => checkRequiredData(when, { complainedAt: value }, now).map((i) => i.problem);
    expect(at('2026-12-01')).toEqual([]);
    expect(at('2026-12-04')).toEqual([]);
    expect(at('2026-12-05')).toEqual(['future']);
    expect(at('2026-12-03T19:59:00.000Z')).toEqual([]);
    expect(at('2026-12-03T21:00:00.000Z')).toEqual(['future']);
    // A date that may lie ahead (a callback booked for later) is not marked, and without `now` nothing is judged.
    expect(checkRequiredData([field('callbackAt', 'date')], { callbackAt: '2027-01-01' }, now)).toEqual([]);
    expect(checkRequiredData(when, { complainedAt: '2030-01-01' })).toEqual([]);
    expect(checkRequiredData(when, { complainedAt: '2030-01-01' }, now)[0]!.message['zh-CN']).toContain(
      '不能晚于现在',
    );
  });
});
