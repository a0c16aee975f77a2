import { describe, expect, it } from 'vitest';
import { isMaskedPhone, maskPhone, normalizePhone } from './phone.js';

describe('normalizePhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['0755-26881234', '0755-26881234'],
    ['(010)62345678', '010-62345678'],
    ['02887654321', '028-87654321'],
  ])('stores %s as %s', (text, stored) => expect(normalizePhone(text)).toBe(stored));

  it.each([
    '',
    '12812345678',
    '1381234567',
    '138123456789',
    'abc',
    '138-1234-567x',
    '+1 555 0100',
    '5551234',
  ])('refuses %j', (text) => expect(normalizePhone(text)).toBeNull());
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('keeps the area code and last four digits of a fixed line', () => {
    expect(maskPhone('0755-26881234')).toBe('0755-****1234');
  });
  it('hides a short number entirely', () => expect(maskPhone('12345')).toBe('*****'));
  it('recognises its own output', () => {
    expect(isMaskedPhone(maskPhone('13812345678'))).toBe(true);
    expect(isMaskedPhone('13812345678')).toBe(false);
  });
});
