import type { ErrorBody } from '@frontstage/engine';

/** A refused or failed request, carrying the API's error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

/** A file the API sent as an attachment. */
export interface Download {
  blob: Blob;
  filename: string;
}

/** The body of an answer as a file, under the name its Content-Disposition gives (else `fallback`). */
export async function download(res: Response, fallback: string): Promise<Download> {
  const named = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  return { blob: await res.blob(), filename: named ?? fallback };
}

/**
 * The request field a refusal names (`details.field`: `unitId`, `address`, `sites.1`…), so a form
 * can show the message beside it; null for other errors.
 * @example errorField(new ApiError(400, { statusCode: 400, error: 'validation_failed', message: '…', details: { field: 'address' } })) // 'address'
 */
export function errorField(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status >= 500) return null;
  const field = (error.body?.details as { field?: unknown } | undefined)?.field;
  return typeof field === 'string' ? field : null;
}
