import { describe, expect, it } from 'vitest';
import { createApiClient, type Fetch } from './client';
import { estateContentType } from './estate-endpoints';

function recording(answer: (url: string) => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetcher: Fetch = async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    return answer(String(input));
  };
  const api = createApiClient('', fetcher);
  api.setToken('t0k');
  return { api, calls };
}

const headers = (init: RequestInit) => init.headers as Record<string, string>;

describe('estate endpoints', () => {
  it('searches a site’s locations with the text as typed', async () => {
    const { api, calls } = recording(() => new Response('{"items":[]}'));
    await api.locations('cuihu', '3栋2单元1101');
    const url = new URL(calls[0]!.url, 'http://x');
    expect(url.pathname).toBe('/api/sites/cuihu/locations');
    expect(url.searchParams.get('q')).toBe('3栋2单元1101');
  });

  it('sends an estate file as it is, asking for progress lines', async () => {
    const { api, calls } = recording(
      () => new Response('{"progress":{"done":1,"total":1}}\n{"report":{"dryRun":true,"problems":[]}}\n'),
    );
    const file = new Blob(['楼栋,单元,房号\n'], { type: 'text/csv' });
    const seen: number[] = [];
    const report = await api.importEstate('cuihu', { body: file, contentType: 'text/csv' }, true, (p) =>
      seen.push(p.done),
    );
    expect(report.dryRun).toBe(true);
    expect(seen).toEqual([1]);
    expect(calls[0]!.url).toBe('/api/sites/cuihu/estate/import?dryRun=true');
    expect(calls[0]!.init.body).toBe(file);
    expect(headers(calls[0]!.init)['content-type']).toBe('text/csv');
    expect(headers(calls[0]!.init).accept).toBe('application/x-ndjson');
    expect(headers(calls[0]!.init).authorization).toBe('Bearer t0k');
  });

  it('downloads an export in the language asked for, under the server’s name', async () => {
    const { api, calls } = recording(
      () =>
        new Response('Building\r\n', {
          headers: { 'content-disposition': 'attachment; filename="cuihu.csv"' },
        }),
    );
    const file = await api.exportEstate('cuihu', 'csv', 'en');
    expect(calls[0]!.url).toBe('/api/sites/cuihu/estate/export?format=csv&lang=en');
    expect(file.filename).toBe('cuihu.csv');
  });
});

describe('estateContentType', () => {
  it('sends a workbook as XLSX and anything else as CSV text', () => {
    expect(estateContentType('翠湖苑.XLSX')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(estateContentType('units.csv')).toBe('text/csv');
  });
});
