import { describe, expect, it } from 'vitest';
import type { Field } from '@frontstage/engine';
import { dataOf, isScore } from './data-values';

const label = { 'zh-CN': '字段', en: 'Field' };
const field = (name: string, type: Field['type'], over: Partial<Field> = {}): Field => ({
  name,
  label,
  type,
  ...over,
});

describe('dataOf', () => {
  it('reads each input as its field type and leaves out empty ones', () => {
    const fields = [
      field('satisfaction', 'integer'),
      field('comments', 'text'),
      field('ok', 'boolean'),
      field('phone', 'phone'),
    ];
    expect(dataOf(fields, { satisfaction: '5', comments: '', ok: 'false' })).toEqual({
      satisfaction: 5,
      ok: false,
    });
  });
});

describe('isScore', () => {
  it('picks a satisfaction score of 1 to 5 from buttons, not a long range or an open one', () => {
    expect(isScore(field('satisfaction', 'integer', { min: 1, max: 5 }))).toBe(true);
    expect(isScore(field('units', 'integer', { min: 0 }))).toBe(false);
    expect(isScore(field('minutes', 'integer', { min: 0, max: 600 }))).toBe(false);
    expect(isScore(field('amount', 'number', { min: 1, max: 5 }))).toBe(false);
  });
});
