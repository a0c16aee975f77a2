import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '@frontstage/engine';
import { createApiClient, type Fetch } from '../api/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { fakeApi } from '../test-support/fake-api';
import { ImportPanel } from './ImportPanel';

afterEach(cleanup);

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  dryRun: true,
  imported: false,
  rows: 3,
  buildings: { created: 1 },
  units: { created: 3, updated: 0 },
  customers: { created: 2, updated: 0 },
  holdings: { created: 2 },
  problems: [],
  ...over,
});
const lines = (...values: unknown[]) => values.map((v) => JSON.stringify(v)).join('\n') + '\n';
const csv = () => new File(['楼栋,单元,房号\n3,2,1101\n'], 'cuihu.csv', { type: 'text/csv' });

function show(api: ReturnType<typeof createApiClient>, onImported = vi.fn()) {
  render(
    <I18nProvider initial="en">
      <ImportPanel api={api} site="cuihu" onImported={onImported} />
    </I18nProvider>,
  );
  fireEvent.change(screen.getByLabelText('File'), { target: { files: [csv()] } });
  return onImported;
}

describe('ImportPanel', () => {
  it('lists every bad row of a dry run in a table and will not import the file', async () => {
    const problems = [
      { row: 3, column: '电话', reason: 'not a mainland phone number' },
      { row: 7, column: '房号', reason: 'unit 3-2-1101 appears twice (rows 2 and 7)' },
    ];
    const { api, calls } = fakeApi(({ path }) =>
      path === '/sites/cuihu/estate/import?dryRun=true'
        ? {
            text: lines({ progress: { done: 3, total: 3 } }, { report: report({ problems }) }),
            contentType: 'application/x-ndjson',
          }
        : undefined,
    );
    show(api);
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    const table = await screen.findByTestId('import-problems');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['3', '电话', 'not a mainland phone number'],
      ['7', '房号', 'unit 3-2-1101 appears twice (rows 2 and 7)'],
    ]);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Import' }).disabled).toBe(true);
    const sent = calls[0]!;
    expect(sent.method).toBe('POST');
    expect(sent.headers['content-type']).toBe('text/csv');
    expect(sent.headers.accept).toBe('application/x-ndjson');
    expect(sent.body).toBeInstanceOf(Blob);
  });

  it('imports a clean file after its dry run, drawing progress as the lines arrive', async () => {
    // A holder the stream's start fills in: the test feeds the answer line by line through it.
    const stream: { feed?: ReadableStreamDefaultController<Uint8Array> } = {};
    const encoder = new TextEncoder();
    const seen: string[] = [];
    const fetcher: Fetch = async (input) => {
      const url = String(input);
      seen.push(url);
      if (url.endsWith('dryRun=true')) return new Response(lines({ report: report() }));
      const body = new ReadableStream<Uint8Array>({ start: (c) => void (stream.feed = c) });
      return new Response(body, { headers: { 'content-type': 'application/x-ndjson' } });
    };
    const api = createApiClient('', fetcher);
    const onImported = show(api);
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    await screen.findByTestId('import-summary');
    const importButton = screen.getByRole<HTMLButtonElement>('button', { name: 'Import' });
    expect(importButton.disabled).toBe(false);
    fireEvent.click(importButton);
    await waitFor(() => expect(stream.feed).toBeDefined());
    stream.feed!.enqueue(
      encoder.encode(lines({ progress: { done: 0, total: 3 } }, { progress: { done: 2, total: 3 } })),
    );
    await waitFor(() => expect(screen.getByTestId('import-count').textContent).toBe('2 of 3 rows (67%)'));
    expect(screen.getByRole('progressbar', { name: 'Importing…' })).toBeTruthy();
    stream.feed!.enqueue(encoder.encode(lines({ report: report({ dryRun: false, imported: true }) })));
    stream.feed!.close();
    await waitFor(() => expect(screen.getByTestId('import-summary').dataset.imported).toBe('true'));
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(onImported).toHaveBeenCalledOnce();
    expect(seen.at(-1)).toBe('/api/sites/cuihu/estate/import?dryRun=false');
  });

  it('shows the rows a refused import names', async () => {
    const { api } = fakeApi(({ path }) =>
      path.endsWith('dryRun=true')
        ? { body: report() }
        : {
            status: 400,
            body: {
              statusCode: 400,
              error: 'invalid_import',
              message: '1 bad row',
              details: { problems: [{ row: 4, column: 'Phone', reason: 'malformed' }] },
            },
          },
    );
    show(api);
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    await screen.findByTestId('import-summary');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const table = await screen.findByTestId('import-problems');
    expect(table.querySelector('tr[data-row="4"]')?.textContent).toContain('malformed');
  });
});
