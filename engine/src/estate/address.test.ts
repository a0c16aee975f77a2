import { describe, expect, it } from 'vitest';
import { normalizeWidth, parseAddressQuery, parseUnitAddress, unitCode } from './address.js';

describe('parseUnitAddress', () => {
  it.each([
    ['3栋2单元1101', '3-2-1101'],
    ['3号楼2单元1101室', '3-2-1101'],
    ['3幢2单元1101', '3-2-1101'],
    ['3-2-1101', '3-2-1101'],
    ['３－２－１１０１', '3-2-1101'],
    ['3 2 1101', '3-2-1101'],
    ['03栋02单元0301', '3-2-0301'],
    ['A座1203', 'A-1203'],
    ['a-1203', 'A-1203'],
    ['B座3单元502', 'B-3-502'],
    ['12#1单元101', '12-1-101'],
    ['3/2/1101', '3-2-1101'],
  ])('reads %s as unit %s', (text, code) => {
    const address = parseUnitAddress(text);
    expect(address).not.toBeNull();
    expect(unitCode(address!)).toBe(code);
  });

  it('keeps the entrance apart from the room', () => {
    expect(parseUnitAddress('3栋2单元1101')).toEqual({ building: '3', entrance: '2', room: '1101' });
    expect(parseUnitAddress('A座1203')).toEqual({ building: 'A', room: '1203' });
  });

  it.each(['', '1101', '张三', '3栋', '3-2-1101-5', '楼下大堂', '3栋2单元', 'drop table'])(
    'finds no unit in %j',
    (text) => expect(parseUnitAddress(text)).toBeNull(),
  );
});

describe('parseAddressQuery', () => {
  it.each([
    ['3-2-11', '3-2-11'],
    ['3-2-', '3-2-'],
    ['3-', '3-'],
    ['3栋', '3-'],
    ['3栋2单元', '3-2-'],
    ['3栋2单元11', '3-2-11'],
    ['03－02－1101', '3-2-1101'],
    ['3-02', '3-02'],
    ['a座12', 'A-12'],
    ['A-0301', 'A-0301'],
    ['a－03', 'A-03'],
  ])('reads %s as the unit code prefix %s', (text, codePrefix) => {
    expect(parseAddressQuery(text)).toEqual({ kind: 'unit', codePrefix });
  });

  it.each([
    ['王小明', '王小明'],
    ['1101', '1101'],
    ['138 0000', '138 0000'],
    ['  Lobby ', 'Lobby'],
  ])('keeps %j as text', (text, kept) => {
    expect(parseAddressQuery(text)).toEqual({ kind: 'text', text: kept });
  });
});

it('normalizeWidth turns what a Chinese input method types into ASCII', () => {
  expect(normalizeWidth('\u3000ＡＢ１２\u3000')).toBe('AB12');
  expect(normalizeWidth('Wang')).toBe('Wang');
});
