import type { ErrorBody, ImportReport } from '@frontstage/engine';
import { ApiError } from './api-error';
import { ndjsonLines, readNdjson } from './ndjson';

/** How far an import has got: rows checked (or written) of all rows. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** One line of the import's NDJSON answer. */
export type ImportLine =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'report'; report: ImportReport }
  | { kind: 'error'; error: ErrorBody };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';

/**
 * What a line of the import answer says: `{"progress":{"done":n,"total":m}}`, `{"report":…}`, or
 * an error the server met after it had started answering (`{"error":{statusCode,…}}`). A bare
 * report (the plain JSON answer of a server that does not stream) reads as a report. Null for
 * anything else, which a newer server may add and this page ignores.
 * @example importLine({ progress: { done: 500, total: 1536 } }) // { kind: 'progress', progress: { done: 500, total: 1536 } }
 */
export function importLine(value: unknown): ImportLine | null {
  if (!isObject(value)) return null;
  const { progress, report, error } = value;
  if (isObject(progress) && typeof progress.done === 'number' && typeof progress.total === 'number')
    return { kind: 'progress', progress: { done: progress.done, total: progress.total } };
  if (isObject(report)) return { kind: 'report', report: report as unknown as ImportReport };
  if (isObject(error) && typeof error.statusCode === 'number')
    return { kind: 'error', error: error as unknown as ErrorBody };
  if (typeof value.dryRun === 'boolean' && Array.isArray(value.problems))
    return { kind: 'report', report: value as unknown as ImportReport };
  return null;
}

/** The share of an import done, 0…1 (an empty file is done). */
export function progressShare({ done, total }: ImportProgress): number {
  return total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
}

/**
 * The report an import answer ends with, calling `onProgress` for each progress line on the way.
 * Reads the body as a stream when it can, else whole (same lines, progress all at once).
 * Throws an ApiError for an error line, and when the answer ends without a report.
 */
export async function readImportAnswer(
  res: Response,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportReport> {
  // A holder, not a `let`: the report is found inside `take`, where narrowing cannot follow it.
  const found: { report?: ImportReport } = {};
  const take = (value: unknown) => {
    const line = importLine(value);
    if (line?.kind === 'progress') onProgress(line.progress);
    else if (line?.kind === 'report') found.report = line.report;
    else if (line?.kind === 'error') throw new ApiError(line.error.statusCode, line.error);
  };
  if (res.body && typeof res.body.getReader === 'function') {
    for await (const value of readNdjson(res.body)) take(value);
  } else {
    const lines = ndjsonLines();
    for (const value of [...lines.push(await res.text()), ...lines.end()]) take(value);
  }
  if (!found.report) throw new ApiError(res.status, null);
  return found.report;
}
