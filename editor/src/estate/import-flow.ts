import type { ImportProblem, ImportReport } from '@frontstage/engine';
import { ApiError } from '../api/api-error';
import type { ImportProgress } from '../api/import-stream';

// An estate file goes through two passes: a dry run that lists every bad row, then (only for a
// clean file) the import itself. Both stream progress. The steps below are what the page shows.

export type ImportFlow =
  | { step: 'idle' }
  | { step: 'running'; dryRun: boolean; progress: ImportProgress | null }
  | { step: 'checked'; report: ImportReport }
  | { step: 'imported'; report: ImportReport }
  | { step: 'failed'; dryRun: boolean; error: unknown; problems: ImportProblem[] };

export type ImportAction =
  | { type: 'file' }
  | { type: 'start'; dryRun: boolean }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'report'; report: ImportReport }
  | { type: 'error'; error: unknown };

export const IDLE: ImportFlow = { step: 'idle' };

/**
 * The bad rows an import refusal carries (`400 invalid_import`, `details.problems`), so the table
 * shows them as a dry run would; none for other errors.
 */
export function problemsOf(error: unknown): ImportProblem[] {
  if (!(error instanceof ApiError)) return [];
  const details = error.body?.details as { problems?: unknown; report?: { problems?: unknown } } | undefined;
  const list = details?.problems ?? details?.report?.problems;
  return Array.isArray(list) ? (list as ImportProblem[]) : [];
}

/**
 * The next step of an import: a new file starts over; a run shows progress; a report ends a dry run
 * as checked and an import as imported (or as checked when it wrote nothing because rows are bad).
 * @example importFlow({ step: 'running', dryRun: true, progress: null }, { type: 'report', report }).step // 'checked'
 */
export function importFlow(flow: ImportFlow, action: ImportAction): ImportFlow {
  switch (action.type) {
    case 'file':
      return IDLE;
    case 'start':
      return { step: 'running', dryRun: action.dryRun, progress: null };
    case 'progress':
      return flow.step === 'running' ? { ...flow, progress: action.progress } : flow;
    case 'report':
      return action.report.imported
        ? { step: 'imported', report: action.report }
        : { step: 'checked', report: action.report };
    case 'error':
      return {
        step: 'failed',
        dryRun: flow.step === 'running' ? flow.dryRun : false,
        error: action.error,
        problems: problemsOf(action.error),
      };
  }
}

/** Whether the file may be imported now: its dry run came back clean. */
export function canImport(flow: ImportFlow): boolean {
  return flow.step === 'checked' && flow.report.dryRun && flow.report.problems.length === 0;
}

/** The bad rows to list: from a dry run's report or a refused import. */
export function shownProblems(flow: ImportFlow): ImportProblem[] {
  if (flow.step === 'checked') return flow.report.problems;
  if (flow.step === 'failed') return flow.problems;
  return [];
}
