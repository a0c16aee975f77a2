import { describe, expect, it } from 'vitest';
import { readEstateRows, segmentText, writeEstateRows } from './estate-rows.js';

const TODAY = '2026-12-03';
const ZH = ['楼栋', '单元', '房号', '建筑面积', '客户姓名', '身份', '电话', '客户类别', '入住日期'];

describe('readEstateRows', () => {
  it('reads units and their households', () => {
    const { rows, problems } = readEstateRows(
      [
        ZH,
        ['3栋', '2单元', '1101', '89.5', '王小明', '业主', '138 1234 5678', '重要;会员;住宅', '2021-5-1'],
        ['3', '2', '1101', '', 'Li Na', 'tenant', '13900001111', 'ordinary', ''],
        ['3', '2', '1102', '', '', '', '', '', ''],
        ['', '', '', '', '', '', '', '', ''],
        ['A座', '', '0301', '120', '科苑科技', '', '0755-26881234', '商业', '2024年3月8日'],
      ],
      TODAY,
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.row, r.code])).toEqual([
      [2, '3-2-1101'],
      [3, '3-2-1101'],
      [4, '3-2-1102'],
      [6, 'A-0301'],
    ]);
    expect(rows[0]!).toMatchObject({
      floorArea: 89.5,
      customer: {
        name: '王小明',
        phone: '13812345678',
        role: 'owner',
        segments: { importance: 'important', member: true, kind: 'residential' },
        since: '2021-05-01',
      },
    });
    expect(rows[1]!.customer).toMatchObject({
      name: 'Li Na',
      role: 'tenant',
      segments: { importance: 'ordinary' },
    });
    expect(rows[2]!.customer).toBeNull();
    expect(rows[3]!.customer).toMatchObject({ role: 'owner', phone: '0755-26881234', since: '2024-03-08' });
    expect(rows[3]!.customer?.segments.kind).toBe('commercial');
  });

  it('reads English headings in any order', () => {
    const { rows, problems } = readEstateRows(
      [
        ['Room', 'Building', 'Phone', 'Customer'],
        ['502', 'B', '13800000000', 'Zhang'],
      ],
      TODAY,
    );
    expect(problems).toEqual([]);
    expect(rows[0]!).toMatchObject({ code: 'B-502', customer: { name: 'Zhang', role: 'owner' } });
  });

  it('lists every bad row with its column and reason, and reads none of them', () => {
    const { rows, problems } = readEstateRows(
      [
        ZH,
        ['3', '2', '1101', '', '王小明', '业主', '13812345678', '', ''],
        ['3', '2', '', '', '', '', '', '', ''],
        ['3', '2', '1102', '-4', '', '', '', '', ''],
        ['3', '2', '1103', '', '张三', '房东', '12345', 'vip', '2099-01-01'],
        ['3', '2', '1101', '', '王小明', '', '13812345678', '', ''],
        ['3', '2', '1104', '', '', '', '', '', ''],
        ['3', '2', '1104', '', '', '', '', '', ''],
        ['3', '2', '1105', '', '赵六', '', '13812345678', '', ''],
        ['3', '2', '1106', '', '', '', '13900000000', '', ''],
        ['3', '2', '1107', '', '钱七', '', '13900000001', '', '2021-02-30'],
      ],
      TODAY,
    );
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { row: 3, column: '房号', reason: 'required' },
      { row: 4, column: '建筑面积', reason: 'not a positive number of square metres' },
      { row: 5, column: '电话', reason: 'not a phone number: 12345' },
      { row: 5, column: '身份', reason: expect.stringContaining('not a customer role') },
      { row: 5, column: '客户类别', reason: 'unknown segment: vip' },
      { row: 5, column: '入住日期', reason: 'in the future: 2099-01-01' },
      { row: 6, column: '房号', reason: 'unit 3-2-1101 with this phone is also in row 2' },
      { row: 8, column: '房号', reason: 'duplicate unit 3-2-1104 (also row 7)' },
      { row: 9, column: '客户姓名', reason: 'phone 138****5678 belongs to 王小明 in row 2' },
      { row: 10, column: '客户姓名', reason: 'required when the row has a customer' },
      { row: 11, column: '入住日期', reason: 'not a date (YYYY-MM-DD): 2021-02-30' },
    ]);
  });

  it('refuses a file without the columns it needs, or with unknown ones', () => {
    expect(readEstateRows([['房号', '颜色', '房号']], TODAY).problems).toEqual([
      { row: 1, column: '颜色', reason: 'unknown column' },
      { row: 1, column: '房号', reason: 'column given twice' },
      { row: 1, column: '楼栋', reason: 'required column missing' },
    ]);
    expect(readEstateRows([], TODAY).problems).toHaveLength(2);
  });

  it('takes a building without an entrance, and a unit address that does not parse is named', () => {
    const { problems } = readEstateRows([ZH, ['3栋', '', '十一', '', '', '', '', '', '']], TODAY);
    expect(problems).toEqual([
      { row: 2, column: '房号', reason: expect.stringContaining('not a unit address') },
    ]);
  });
});

describe('writeEstateRows', () => {
  const rows = readEstateRows(
    [
      ZH,
      ['3', '2', '1101', '89.5', '王小明', '业主', '13812345678', '重要;会员;住宅', '2021-05-01'],
      ['A', '', '0301', '', '', '', '', '', ''],
    ],
    TODAY,
  ).rows;

  it('writes what it reads, phones shown to those who call customers', () => {
    const table = writeEstateRows(rows, 'zh-CN', true);
    expect(table[1]).toEqual([
      '3',
      '2',
      '1101',
      '89.5',
      '王小明',
      '业主',
      '13812345678',
      '重要;会员;住宅',
      '2021-05-01',
    ]);
    expect(readEstateRows(table, TODAY).rows.map(({ row: _row, ...r }) => r)).toEqual(
      rows.map(({ row: _row, ...r }) => r),
    );
  });

  it('masks phones for everyone else, and a masked phone read back says so', () => {
    const table = writeEstateRows(rows, 'en', false);
    expect(table[0]).toEqual([
      'Building',
      'Entrance',
      'Room',
      'Floor area',
      'Customer',
      'Role',
      'Phone',
      'Segments',
      'Since',
    ]);
    expect(table[1]![6]).toBe('138****5678');
    expect(readEstateRows(table, TODAY).rows[0]!.customer).toMatchObject({
      phone: '138****5678',
      phoneMasked: true,
    });
  });
});

it('segmentText says segments in either language', () => {
  expect(segmentText({ importance: 'ordinary', member: false, kind: 'commercial' }, 'zh-CN')).toBe(
    '普通;商业',
  );
  expect(segmentText({ importance: 'important', member: true, kind: 'institutional' }, 'en')).toBe(
    'important;member;institutional',
  );
});
