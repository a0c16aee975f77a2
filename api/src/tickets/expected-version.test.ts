import { describe, expect, it } from 'vitest';
import { ApiError } from '../common/api-error.js';
import { expectedVersion, staleVersion } from './expected-version.js';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as ApiError).details?.field;
  }
  return undefined;
};

describe('expectedVersion', () => {
  it('takes the version from the body or from If-Match, and both when they agree', () => {
    expect(expectedVersion(2, undefined)).toEqual({ version: 2, from: 'expectedVersion' });
    expect(expectedVersion(undefined, '"3"')).toEqual({ version: 3, from: 'If-Match' });
    expect(expectedVersion(3, '"3"')).toEqual({ version: 3, from: 'If-Match' });
  });

  it('names the field at fault: none given, disagreeing, or not one version', () => {
    expect(fieldOf(() => expectedVersion(undefined, undefined))).toBe('expectedVersion');
    expect(fieldOf(() => expectedVersion(2, '"3"'))).toBe('expectedVersion');
    for (const header of ['*', '"3", "4"', '"x"', 'W/"3"', '"0"', '3'])
      expect(
        fieldOf(() => expectedVersion(undefined, header)),
        header,
      ).toBe('If-Match');
  });
});

describe('staleVersion', () => {
  it('answers a stale If-Match with 412 and a stale body version with the 409 it always was', () => {
    expect(staleVersion({ version: 1, from: 'If-Match' }, 2)).toMatchObject({
      status: 412,
      code: 'precondition_failed',
      details: { field: 'If-Match', currentVersion: 2 },
    });
    expect(staleVersion({ version: 1, from: 'expectedVersion' }, 2)).toMatchObject({
      status: 409,
      code: 'version_conflict',
      details: { field: 'expectedVersion', currentVersion: 2 },
    });
  });
});
