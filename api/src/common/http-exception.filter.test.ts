import { HttpException, type ArgumentsHost } from '@nestjs/common';
import type { Logger } from 'pino';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { HttpExceptionFilter, RETRY_AFTER_SECONDS, toErrorBody } from './http-exception.filter.js';

describe('toErrorBody', () => {
  it('keeps a domain error with its code and details', () => {
    expect(toErrorBody(new ApiError('version_conflict', 'stale', { field: 'expectedVersion' }))).toEqual({
      statusCode: 409,
      error: 'version_conflict',
      message: 'stale',
      details: { field: 'expectedVersion' },
    });
  });

  it('answers 503, not 500, when the database timed out or went away', () => {
    expect(
      toErrorBody({
        driverError: { code: '57014' },
        message: 'canceling statement due to statement timeout',
      }),
    ).toMatchObject({ statusCode: 503, error: 'unavailable' });
    expect(toErrorBody(Object.assign(new Error('Connection terminated unexpectedly'), {}))).toMatchObject({
      statusCode: 503,
    });
    expect(toErrorBody({ code: 'SQLITE_BUSY' })).toMatchObject({ statusCode: 503 });
  });

  it('hides anything else behind a 500 that leaks nothing', () => {
    expect(toErrorBody(new Error('secret detail'))).toEqual({
      statusCode: 500,
      error: 'internal_error',
      message: 'Internal error',
    });
  });
});

describe('HttpExceptionFilter', () => {
  /** The answer the filter sends for `exception`: status, headers, body. */
  function answerTo(exception: unknown) {
    const sent = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown };
    const reply = {
      status: (code: number) => ((sent.status = code), reply),
      header: (name: string, value: string) => ((sent.headers[name.toLowerCase()] = value), reply),
      send: (body: unknown) => ((sent.body = body), reply),
    };
    const request = { method: 'POST', url: '/api/tickets', id: 'r1' };
    const host = {
      switchToHttp: () => ({ getResponse: () => reply, getRequest: () => request }),
    } as unknown as ArgumentsHost;
    const logger = { warn: () => undefined, error: () => undefined } as unknown as Logger;
    new HttpExceptionFilter(logger).catch(exception, host);
    return sent;
  }

  it('says when to retry on every 503 and 429', () => {
    expect(answerTo({ code: 'SQLITE_BUSY' })).toMatchObject({
      status: 503,
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
    });
    expect(answerTo(new HttpException('slow down', 429))).toMatchObject({
      status: 429,
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
      body: { error: 'too_many_requests' },
    });
  });

  it('says when to retry on a 409 that only asks for the same request again', () => {
    const unordered = new ApiError('conflict', 'send it again', { retryable: true });
    expect(answerTo(unordered).headers['retry-after']).toBe('1');
    const duplicate = new ApiError('idempotency_in_flight', 'still running', { field: 'Idempotency-Key' });
    expect(answerTo(duplicate).headers['retry-after']).toBe('1');
  });

  it('does not ask for a retry that would meet the same refusal', () => {
    const exists = new ApiError('conflict', 'User "ana" already exists', { field: 'username' });
    expect(answerTo(exists).headers['retry-after']).toBeUndefined();
    const stale = new ApiError('version_conflict', 'stale', { field: 'expectedVersion' });
    expect(answerTo(stale).headers['retry-after']).toBeUndefined();
  });
});
