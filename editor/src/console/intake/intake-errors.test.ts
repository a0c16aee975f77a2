import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { intakeField } from './intake-errors';

const refusal = (status: number, field?: string) =>
  new ApiError(status, {
    statusCode: status,
    error: status === 404 ? 'not_found' : 'validation_failed',
    message: 'refused',
    ...(field ? { details: { field } } : {}),
  });

describe('intakeField', () => {
  it('puts a refused place, caller or site beside its field', () => {
    expect(intakeField(refusal(400, 'address'))).toBe('place');
    expect(intakeField(refusal(400, 'unitId'))).toBe('place');
    expect(intakeField(refusal(400, 'areaId'))).toBe('place');
    expect(intakeField(refusal(400, 'customerId'))).toBe('customer');
    expect(intakeField(refusal(404, 'site'))).toBe('site');
  });

  it('leaves other refusals, server errors and network failures to the save button', () => {
    expect(intakeField(refusal(400, 'facts.description'))).toBeNull();
    expect(intakeField(refusal(400))).toBeNull();
    expect(intakeField(refusal(500, 'address'))).toBeNull();
    expect(intakeField(new TypeError('fetch failed'))).toBeNull();
  });
});
