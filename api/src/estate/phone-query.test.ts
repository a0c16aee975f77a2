import { describe, expect, it } from 'vitest';
import { phonePattern, phoneQuery } from './phone-query.js';

describe('phoneQuery', () => {
  it('lets who calls customers search any run of digits, down to the least asked', () => {
    expect(phoneQuery('1234', true, 4)).toEqual({ kind: 'part', digits: '1234' });
    expect(phoneQuery('123', true, 4)).toBeNull();
    expect(phoneQuery('123', true)).toEqual({ kind: 'part', digits: '123' });
    expect(phoneQuery('138 1234 8000', true)).toEqual({ kind: 'whole', phone: '13812348000' });
  });

  it('lets who reads phones masked search only the last four digits or a whole number', () => {
    expect(phoneQuery('8000', false)).toEqual({ kind: 'suffix', digits: '8000' });
    expect(phoneQuery('+86 138-1234-8000', false)).toEqual({ kind: 'whole', phone: '13812348000' });
    expect(phoneQuery('12348000', false)).toBeNull();
    expect(phoneQuery('800', false)).toBeNull();
    expect(phoneQuery('80a0', false)).toBeNull();
  });
});

describe('phonePattern', () => {
  it('anchors the last four at the end and compares a whole number exactly', () => {
    expect(phonePattern({ kind: 'suffix', digits: '8000' })).toEqual({ op: 'LIKE', value: '%8000' });
    expect(phonePattern({ kind: 'part', digits: '1234' })).toEqual({ op: 'LIKE', value: '%1234%' });
    expect(phonePattern({ kind: 'whole', phone: '13812348000' })).toEqual({ op: '=', value: '13812348000' });
  });
});
