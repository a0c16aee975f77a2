import { describe, expect, it } from 'vitest';
import type { ImportReport } from '@frontstage/engine';
import { ApiError } from '../api/api-error';
import {
  canImport,
  IDLE,
  importFlow,
  problemsOf,
  shownProblems,
  type ImportAction,
  type ImportFlow,
} from './import-flow';

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  dryRun: true,
  imported: false,
  rows: 2,
  buildings: { created: 1 },
  units: { created: 2, updated: 0 },
  customers: { created: 1, updated: 0 },
  holdings: { created: 1 },
  problems: [],
  ...over,
});
const bad = { row: 3, column: '电话', reason: 'not a mainland phone number' };
const run = (...actions: ImportAction[]) => actions.reduce<ImportFlow>(importFlow, IDLE);

describe('importFlow', () => {
  it('allows the import only after a clean dry run', () => {
    const clean = run({ type: 'start', dryRun: true }, { type: 'report', report: report() });
    expect(clean.step).toBe('checked');
    expect(canImport(clean)).toBe(true);
    const dirty = run(
      { type: 'start', dryRun: true },
      { type: 'report', report: report({ problems: [bad] }) },
    );
    expect(canImport(dirty)).toBe(false);
    expect(shownProblems(dirty)).toEqual([bad]);
  });

  it('keeps the latest progress of a run and ends an import as imported', () => {
    const running = run(
      { type: 'start', dryRun: false },
      { type: 'progress', progress: { done: 5, total: 9 } },
    );
    expect(running).toEqual({ step: 'running', dryRun: false, progress: { done: 5, total: 9 } });
    const done = importFlow(running, { type: 'report', report: report({ dryRun: false, imported: true }) });
    expect(done.step).toBe('imported');
    expect(canImport(done)).toBe(false);
  });

  it('starts over with a new file and ignores progress outside a run', () => {
    const clean = run({ type: 'start', dryRun: true }, { type: 'report', report: report() });
    expect(importFlow(clean, { type: 'file' })).toEqual(IDLE);
    expect(importFlow(clean, { type: 'progress', progress: { done: 1, total: 1 } })).toBe(clean);
  });

  it('lists the bad rows a refused import names', () => {
    const refusal = new ApiError(400, {
      statusCode: 400,
      error: 'invalid_import',
      message: '1 bad row',
      details: { problems: [bad] },
    });
    const failed = run({ type: 'start', dryRun: false }, { type: 'error', error: refusal });
    expect(failed).toMatchObject({ step: 'failed', dryRun: false });
    expect(shownProblems(failed)).toEqual([bad]);
  });
});

describe('problemsOf', () => {
  it('reads problems from details or from a report in details, and nothing from other errors', () => {
    const withReport = new ApiError(400, {
      statusCode: 400,
      error: 'invalid_import',
      message: 'x',
      details: { report: report({ problems: [bad] }) },
    });
    expect(problemsOf(withReport)).toEqual([bad]);
    expect(problemsOf(new ApiError(500, null))).toEqual([]);
    expect(problemsOf(new TypeError('offline'))).toEqual([]);
  });
});
