import type { ErrorBody } from '@frontstage/engine';
import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { ApiError, retryLater } from './api-error.js';

/** The JSON body of every error the API sends. */
export type { ErrorBody };

const FASTIFY_CODES: Record<string, { error: string; field?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { error: 'malformed_json', field: 'body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { error: 'malformed_json', field: 'body' },
  FST_ERR_CTP_BODY_TOO_LARGE: { error: 'payload_too_large', field: 'body' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { error: 'unsupported_media_type', field: 'content-type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { error: 'malformed_json', field: 'content-length' },
};

const HTTP_CODES: Record<number, string> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

/** The Retry-After of every answer that asks for the same request again later, in seconds. */
export const RETRY_AFTER_SECONDS = 1;

/** Maps anything thrown to one error shape; an unexpected error is a logged 500 that leaks nothing. */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof ApiError)
    return {
      statusCode: exception.status,
      error: exception.code,
      message: exception.message,
      // Details are built from request values and engine rejections, all JSON, and sent as JSON.
      ...(exception.details ? { details: exception.details as ErrorBody['details'] } : {}),
    };
  if (exception instanceof HttpException) {
    // Nest's own exceptions: unknown routes, and body parsing errors it re-throws from Fastify.
    const status = exception.getStatus();
    const error = HTTP_CODES[status] ?? (status < 500 ? 'bad_request' : 'internal_error');
    if (status === 503)
      return { statusCode: 503, error: 'unavailable', message: 'Unavailable: retry shortly' };
    if (status >= 500) return { statusCode: 500, error: 'internal_error', message: 'Internal error' };
    const aboutBody = status === 400 || status === 413 || status === 415;
    return {
      statusCode: status,
      error: status === 400 && /JSON/i.test(exception.message) ? 'malformed_json' : error,
      message: aboutBody ? `body: ${exception.message}` : exception.message,
      ...(aboutBody ? { details: { field: 'body' } } : {}),
    };
  }
  const e = exception as { statusCode?: unknown; code?: unknown; message?: unknown };
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    const known = typeof e.code === 'string' ? FASTIFY_CODES[e.code] : undefined;
    const error = known?.error ?? (e.statusCode === 413 ? 'payload_too_large' : 'malformed_json');
    const field = known?.field ?? 'body';
    return {
      statusCode: e.statusCode,
      error,
      message: `${field}: ${String(e.message ?? 'bad request')}`,
      details: { field },
    };
  }
  if (isUnavailable(exception))
    return {
      statusCode: 503,
      error: 'unavailable',
      message: 'The database is busy or unreachable: retry shortly',
    };
  return { statusCode: 500, error: 'internal_error', message: 'Internal error' };
}

/** The database timed out or went away: the command did nothing, and a retry may well succeed. */
function isUnavailable(exception: unknown): boolean {
  const driver =
    (exception as { driverError?: { code?: unknown } } | null)?.driverError ??
    (exception as { code?: unknown } | null);
  const code = typeof driver?.code === 'string' ? driver.code : '';
  // 57014 statement timeout, 57P01-03 shutdown / cannot connect now, 08xxx connection exceptions, SQLite busy.
  return (
    /^(57014|57P0[123]|08\d{3}|ECONNREFUSED|ECONNRESET|SQLITE_BUSY)/.test(code) ||
    /Connection terminated|timeout exceeded when trying to connect/.test(
      String((exception as Error | null)?.message ?? ''),
    )
  );
}

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly logger: Logger,
    private readonly spaIndex?: (url: string) => string | undefined,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const body = toErrorBody(exception);
    if (body.statusCode === 404 && request.method === 'GET' && !request.url.startsWith('/api')) {
      const html = this.spaIndex?.(request.url);
      if (html !== undefined) {
        void reply.status(200).header('content-type', 'text/html; charset=utf-8').send(html);
        return;
      }
    }
    if (body.statusCode === 503)
      this.logger.warn({ err: exception, reqId: request.id, url: request.url }, 'database unavailable');
    else if (body.statusCode >= 500)
      this.logger.error({ err: exception, reqId: request.id, url: request.url }, 'unhandled error');
    // 429, 503, and the 409s of a command that only has to be sent again: nothing was applied.
    if (retryLater(body)) void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
