import { describe, expect, it } from 'vitest';
import { durationWords } from './duration-words.js';
import { conditionWords, valueWords } from './value-words.js';

const byId = (id: string) => ({ 'zh-CN': id, en: id });

describe('durationWords', () => {
  it('reads each part as it is written, one or many', () => {
    expect(durationWords('PT4H')).toEqual({ 'zh-CN': '4 小时', en: '4 hours' });
    expect(durationWords('PT1H30M')).toEqual({ 'zh-CN': '1 小时 30 分钟', en: '1 hour 30 minutes' });
    expect(durationWords('P1W2DT45S')).toEqual({
      'zh-CN': '1 周 2 天 45 秒',
      en: '1 week 2 days 45 seconds',
    });
  });

  it('gives back what is not a duration as it is', () => {
    expect(durationWords('soon')).toEqual({ 'zh-CN': 'soon', en: 'soon' });
  });
});

describe('conditionWords', () => {
  it('brackets a group inside a group and reads lists and empties', () => {
    const words = conditionWords({
      all: [
        { fact: 'location', operator: 'in', value: ['lobby', 'lift'] },
        {
          any: [
            { fact: 'note', operator: 'equal', value: null },
            { fact: 'paid', operator: 'notEqual', value: false },
          ],
        },
      ],
    });
    expect(words.en).toBe('location in [lobby, lift] and (note = empty or paid ≠ no)');
    expect(words['zh-CN']).toBe('location 属于 [lobby、lift] 且 （note = 空 或 paid ≠ 否）');
  });
});

describe('valueWords', () => {
  it('reads warning points as percentages, actions as work and an item by its label or id', () => {
    expect(valueWords('warnAt', [0.5, 0.8], byId)?.en).toBe('50%, 80%');
    expect(
      valueWords(
        'actions',
        [
          { kind: 'assign', role: 'engineer' },
          { kind: 'callSupplier', supplier: 'lift_co' },
        ],
        byId,
      )?.['zh-CN'],
    ).toBe('指派 engineer；联系供方 lift_co');
    expect(valueWords('evidence', [{ id: 'receipt' }], byId)?.en).toBe('receipt');
    expect(valueWords('options', { value: 'x', label: { 'zh-CN': '甲', en: 'A' } }, byId)?.en).toBe('A');
    expect(valueWords('max', 5, byId)?.en).toBe('5');
    expect(valueWords('anything', undefined, byId)).toBeUndefined();
  });
});
