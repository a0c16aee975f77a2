import { describe, expect, it } from 'vitest';
import type { ImportReport } from '@frontstage/engine';
import { ApiError } from './api-error';
import { importLine, progressShare, readImportAnswer, type ImportProgress } from './import-stream';

const report: ImportReport = {
  dryRun: true,
  imported: false,
  rows: 3,
  buildings: { created: 1 },
  units: { created: 2, updated: 0 },
  customers: { created: 1, updated: 0 },
  holdings: { created: 1 },
  problems: [{ row: 3, column: '电话', reason: 'not a mainland phone number' }],
};

const ndjson = (...values: unknown[]) =>
  new Response(values.map((v) => JSON.stringify(v)).join('\n') + '\n', {
    headers: { 'content-type': 'application/x-ndjson' },
  });

describe('importLine', () => {
  it('reads progress, the report and a late error', () => {
    expect(importLine({ progress: { done: 500, total: 1536 } })).toEqual({
      kind: 'progress',
      progress: { done: 500, total: 1536 },
    });
    expect(importLine({ report })).toEqual({ kind: 'report', report });
    const error = { statusCode: 400, error: 'invalid_import', message: '1 bad row' };
    expect(importLine({ error })).toEqual({ kind: 'error', error });
  });

  it('takes a bare report (a server that answers with plain JSON) and ignores what it does not know', () => {
    expect(importLine(report)).toEqual({ kind: 'report', report });
    expect(importLine({ heartbeat: true })).toBeNull();
    expect(importLine({ progress: { done: '1' } })).toBeNull();
    expect(importLine('progress')).toBeNull();
  });
});

describe('progressShare', () => {
  it('is the share done, kept within 0…1, and an empty file is done', () => {
    expect(progressShare({ done: 384, total: 1536 })).toBe(0.25);
    expect(progressShare({ done: 9, total: 3 })).toBe(1);
    expect(progressShare({ done: 0, total: 0 })).toBe(1);
  });
});

describe('readImportAnswer', () => {
  it('reports progress in order and ends with the report', async () => {
    const seen: ImportProgress[] = [];
    const answer = ndjson(
      { progress: { done: 0, total: 3 } },
      { progress: { done: 3, total: 3 } },
      { report },
    );
    await expect(readImportAnswer(answer, (p) => seen.push(p))).resolves.toEqual(report);
    expect(seen).toEqual([
      { done: 0, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  it('reads a plain JSON report too', async () => {
    await expect(readImportAnswer(new Response(JSON.stringify(report)))).resolves.toEqual(report);
  });

  it('throws the error a server sends after it started answering', async () => {
    const error = { statusCode: 400, error: 'invalid_import', message: '1 bad row' };
    const failure = await readImportAnswer(ndjson({ progress: { done: 1, total: 3 } }, { error })).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).body?.error).toBe('invalid_import');
  });

  it('throws when the answer breaks off before the report', async () => {
    await expect(readImportAnswer(ndjson({ progress: { done: 1, total: 3 } }))).rejects.toBeInstanceOf(
      ApiError,
    );
  });
});
