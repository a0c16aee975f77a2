import { ImportReport } from '@frontstage/engine';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import { DB_KINDS, startApi, tableCounts, type Api } from '../support/harness.js';

// Estate files in and out over HTTP: CSV (UTF-8, GB18030) and XLSX, all or nothing, dry runs,
// NDJSON progress, and an export that imports back to the same estate.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEAD = '楼栋,单元,房号,建筑面积,客户姓名,身份,电话,客户类别,入住日期';
const csv = (...lines: string[]) => Buffer.from(`\ufeff${[HEAD, ...lines].join('\r\n')}\r\n`, 'utf8');
const GB18030_FILE = resolve(import.meta.dirname, '../fixtures/estate-gb18030.csv');

/** superagent's parser for answers it does not know: the bytes as they came. */
const bytes = (res: unknown, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  const stream = res as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

describe.each(DB_KINDS)('estate import and export on %s', (kind) => {
  let api: Api;
  const clock = new FakeClock(new Date('2026-11-24T02:00:00.000Z'));
  const as = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const send = async (
    site: string,
    body: Buffer,
    options: { dryRun?: boolean; type?: string; user?: string } = {},
  ) =>
    api.http
      .post(`/api/sites/${site}/estate/import?dryRun=${options.dryRun ?? false}`)
      .set(await as(options.user ?? 'admin'))
      .set('content-type', options.type ?? 'text/csv')
      .send(body);
  const exported = async (user: string, site: string, format = 'csv', lang = 'zh-CN') => {
    const res = await api.http
      .get(`/api/sites/${site}/estate/export?format=${format}&lang=${lang}`)
      .set(await as(user))
      .buffer(true)
      .parse(bytes);
    expect(res.status).toBe(200);
    return res.body as Buffer;
  };
  const codes = async (site: string, q: string) =>
    (
      await api.http
        .get(`/api/sites/${site}/units?q=${encodeURIComponent(q)}&limit=100`)
        .set(await as('admin'))
        .expect(200)
    ).body.items.map((u: { code: string }) => u.code) as string[];

  beforeAll(async () => {
    api = await startApi(kind, { app: { clock, scheduler: { enabled: false } } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists every bad row on a dry run (row, column, reason) and imports nothing, nor without one', async () => {
    const file = csv(
      '13,1,101,89.5,王五,业主,1234,,',
      '13,1,十一,,,,,,',
      '13,1,102,,赵六,房东,13900000001,,',
      '13,1,103,abc,,,,,',
      '13,1,104,,,,,,',
      '13,1,104,,,,,,',
    );
    const before = await tableCounts(api.dataSource);
    const dry = await send('cuihu', file, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, imported: false, rows: 6 });
    expect(dry.body.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [2, '电话'],
      [3, '房号'],
      [4, '身份'],
      [5, '建筑面积'],
      [7, '房号'],
    ]);
    expect(dry.body.problems[4].reason).toContain('duplicate unit 13-1-104');
    const real = await send('cuihu', file);
    expect([real.status, real.body.error, real.body.details.problems]).toEqual([
      400,
      'invalid_import',
      dry.body.problems,
    ]);
    expect(await tableCounts(api.dataSource)).toEqual(before);
  });

  it('imports a clean file in one go: buildings, units, customers, holdings', async () => {
    const file = csv(
      '13,1,101,89.5,王五,业主,13900000001,重要;会员;住宅,2024-05-01',
      '13,1,101,,赵六,租户,13900000002,,2025-01-01',
      '13,1,102,92,王五,业主,13900000001,重要;会员;住宅,2024-05-01',
      '13,2,101,,,,,,',
    );
    const dry = await send('cuihu', file, { dryRun: true });
    const expected = {
      rows: 4,
      buildings: { created: 1 },
      units: { created: 3, updated: 0 },
      customers: { created: 2, updated: 0 },
      holdings: { created: 3 },
      problems: [],
    };
    expect(dry.body).toEqual({ dryRun: true, imported: false, ...expected });
    expect(() => ImportReport.parse(dry.body)).not.toThrow();
    expect(await codes('cuihu', '13-')).toEqual([]);
    const real = await send('cuihu', file);
    expect([real.status, real.body]).toEqual([200, { dryRun: false, imported: true, ...expected }]);
    expect(await codes('cuihu', '13-')).toEqual(['13-1-101', '13-1-102', '13-2-101']);
    const again = await send('cuihu', file);
    expect(again.body).toMatchObject({
      units: { created: 0 },
      customers: { created: 0 },
      holdings: { created: 0 },
    });
  });

  it('streams progress lines, then the report, to a client that accepts NDJSON', async () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) => `14,1,${i + 1}01,,住户${i},业主,1390001${String(i).padStart(4, '0')},,`,
    );
    const res = await api.http
      .post('/api/sites/cuihu/estate/import')
      .set(await as('admin'))
      .set('content-type', 'text/csv; charset=utf-8')
      .set('accept', 'application/x-ndjson')
      .send(csv(...lines))
      .buffer(true)
      .parse(bytes);
    expect([res.status, res.headers['content-type']]).toEqual([200, 'application/x-ndjson']);
    const answer = (res.body as Buffer)
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(answer[0]).toEqual({ progress: { done: 0, total: 120 } });
    expect(answer.at(-2)).toEqual({ progress: { done: 120, total: 120 } });
    expect(answer.at(-1)).toMatchObject({ report: { imported: true, units: { created: 40 } } });
  });

  it('reads GB18030 CSV and XLSX workbooks', async () => {
    const gb = await send('cuihu', readFileSync(GB18030_FILE));
    expect([gb.status, gb.body.customers]).toEqual([200, { created: 2, updated: 0 }]);
    const hit = await api.http
      .get(`/api/sites/cuihu/locations?q=${encodeURIComponent('欧阳娜')}`)
      .set(await as('frontdesk'));
    expect(
      hit.body.items.map((h: { customer: { name: string; phone: string } }) => h.customer),
    ).toMatchObject([
      { name: '欧阳娜', phone: '13987650001', segments: { importance: 'important', member: true } },
    ]);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('estate');
    sheet.addRow(['Building', 'Room', 'Floor area', 'Customer', 'Role', 'Phone', 'Segments', 'Since']);
    sheet.addRow([
      'D',
      '0101',
      200,
      '深圳云帆科技有限公司',
      'tenant',
      '0755-26990001',
      'commercial',
      new Date('2025-01-01'),
    ]);
    sheet.addRow(['D', '0102', 180.5, '', '', '', '', '']);
    const xlsx = await send('keyuan', Buffer.from(await book.xlsx.writeBuffer()), { type: XLSX });
    expect([xlsx.status, xlsx.body.units, xlsx.body.holdings]).toEqual([
      200,
      { created: 2, updated: 0 },
      { created: 1 },
    ]);
    expect(await codes('keyuan', 'D-')).toEqual(['D-0101', 'D-0102']);
  });

  it('exports what imports back to the same estate, with masked phones too', async () => {
    for (const [user, format] of [
      ['keyuan.manager', 'csv'],
      ['admin', 'csv'],
      ['keyuan.manager', 'xlsx'],
      ['admin', 'xlsx'],
    ] as const) {
      const file = await exported(user, 'keyuan', format);
      const before = await tableCounts(api.dataSource);
      const res = await send('keyuan', file, { type: format === 'xlsx' ? XLSX : 'text/csv' });
      expect({ user, format, status: res.status, problems: res.body.problems }).toEqual({
        user,
        format,
        status: 200,
        problems: [],
      });
      expect(res.body).toMatchObject({
        buildings: { created: 0 },
        units: { created: 0, updated: 0 },
        customers: { created: 0, updated: 0 },
        holdings: { created: 0 },
      });
      expect(await tableCounts(api.dataSource)).toEqual(before);
    }
    expect(await exported('keyuan.manager', 'keyuan')).toEqual(await exported('keyuan.manager', 'keyuan'));
  });

  it('masks phones in the export of who does not call customers, and neutralises formulas', async () => {
    await send('cuihu', csv('15,1,101,,=HYPERLINK("x"),业主,13900009999,,'));
    const masked = (await exported('engineer', 'cuihu')).toString('utf8');
    expect(masked).toContain('139****9999');
    expect(masked).not.toContain('13900009999');
    expect(masked).toContain(`"'=HYPERLINK(""x"")"`);
    const whole = (await exported('frontdesk', 'cuihu', 'csv', 'en')).toString('utf8');
    expect(whole.startsWith('\ufeffBuilding,Entrance,Room')).toBe(true);
    expect(whole).toContain('13900009999');
    const back = await send('cuihu', Buffer.from(masked, 'utf8'));
    expect(back.body).toMatchObject({ customers: { created: 0, updated: 0 }, problems: [] });
  });

  it('refuses a masked phone that masks no holder of the unit: a 400, or the stream’s error line', async () => {
    const file = csv('3,2,1101,,某人,业主,139****0000,,');
    const before = await tableCounts(api.dataSource);
    const dry = await send('cuihu', file, { dryRun: true });
    expect(dry.body.problems).toEqual([
      { row: 2, column: '电话', reason: expect.stringContaining('139****0000') },
    ]);
    const plain = await send('cuihu', file);
    expect([plain.status, plain.body.error, plain.body.details.problems]).toEqual([
      400,
      'invalid_import',
      dry.body.problems,
    ]);
    const streamed = await api.http
      .post('/api/sites/cuihu/estate/import')
      .set(await as('admin'))
      .set('content-type', 'text/csv')
      .set('accept', 'application/x-ndjson')
      .send(file)
      .buffer(true)
      .parse(bytes);
    const last = JSON.parse((streamed.body as Buffer).toString('utf8').trim().split('\n').at(-1)!);
    expect(last).toMatchObject({ error: { statusCode: 400, error: 'invalid_import' } });
    expect(await tableCounts(api.dataSource)).toEqual(before);
  });

  it('refuses the wrong roles, a foreign site, and a body that is no file', async () => {
    expect((await send('cuihu', csv('16,1,101,,,,,,'), { user: 'manager' })).status).toBe(403);
    const foreign = await api.http.get('/api/sites/cuihu/estate/export').set(await as('keyuan.manager'));
    expect([foreign.status, foreign.body.details?.field]).toEqual([404, 'site']);
    const json = await api.http
      .post('/api/sites/cuihu/estate/import')
      .set(await as('admin'))
      .send({ rows: [] });
    expect([json.status, json.body.details?.field]).toEqual([415, 'body']);
    const broken = await send('cuihu', Buffer.from('PK\u0003\u0004 not a zip'), { type: XLSX });
    expect([broken.status, broken.body.details?.field]).toEqual([400, 'body']);
  });
});
