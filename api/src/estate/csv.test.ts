import { describe, expect, it } from 'vitest';
import { decodeCsv, neutralise, parseCsv, unneutralise, writeCsv } from './csv.js';

const gb18030 = (hex: string) => Uint8Array.from(Buffer.from(hex.replace(/\s/g, ''), 'hex'));

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeCsv(Buffer.from('\ufeff楼栋,房号', 'utf8'))).toBe('楼栋,房号');
    expect(decodeCsv(Buffer.from('楼栋,房号', 'utf8'))).toBe('楼栋,房号');
  });

  it('reads GB18030 (what Excel on a Chinese Windows saves) when the bytes are not UTF-8', () => {
    // 翠湖苑 in GB18030/GBK.
    expect(decodeCsv(gb18030('b4e4 bafe d4b7'))).toBe('翠湖苑');
  });

  it('reads UTF-16 with its BOM (Excel’s "Unicode text")', () => {
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('楼栋\t房号', 'utf16le')]))).toBe(
      '楼栋\t房号',
    );
  });
});

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,""c"""\r\n"x\ny",2\r\n')).toEqual([
      ['a', 'b,"c"'],
      ['x\ny', '2'],
    ]);
  });

  it('keeps empty cells and ends without an empty row', () => {
    expect(parseCsv('1,,3\n,,\n')).toEqual([
      ['1', '', '3'],
      ['', '', ''],
    ]);
    expect(parseCsv('a,b')).toEqual([['a', 'b']]);
  });

  it('takes tabs or semicolons as the delimiter when the first line has more of them', () => {
    expect(parseCsv('楼栋\t房号\n3\t1101')).toEqual([
      ['楼栋', '房号'],
      ['3', '1101'],
    ]);
    expect(parseCsv('a;b\n1;2,5')).toEqual([
      ['a', 'b'],
      ['1', '2,5'],
    ]);
  });

  it('reads CR line ends', () => {
    expect(parseCsv('a\rb\r')).toEqual([['a'], ['b']]);
  });
});

describe('writeCsv', () => {
  it('quotes what needs it and ends lines with CRLF', () => {
    expect(writeCsv([['a,b', 'say "hi"', 'plain']])).toBe('"a,b","say ""hi""",plain\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=1+1', '+86', '-2', '@SUM(A1)', '\t=x'])
      expect(writeCsv([[cell]]).startsWith(`'`) || writeCsv([[cell]]).startsWith(`"'`)).toBe(true);
    expect(neutralise('王伟')).toBe('王伟');
  });

  it('reads back what it wrote, neutralised cells included', () => {
    const table = [
      ['楼栋', '客户姓名'],
      ['3', '=HYPERLINK("x")'],
      ['A', 'line\nbreak, "quoted"'],
    ];
    expect(parseCsv(writeCsv(table)).map((row) => row.map(unneutralise))).toEqual(table);
  });
});
