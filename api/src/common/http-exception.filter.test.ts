import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { toErrorBody } from './http-exception.filter.js';

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
