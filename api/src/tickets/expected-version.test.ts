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

  it('takes a version of up to fifteen digits from If-Match', () => {
    expect(expectedVersion(undefined, '"123456789012345"')).toEqual({
      version: 123456789012345,
      from: 'If-Match',
    });
  });

  it('says what is wrong in the message', () => {
    expect(() => expectedVersion(undefined, undefined)).toThrow(
      'expectedVersion: required unless If-Match names the version',
    );
    expect(() => expectedVersion(2, '"3"')).toThrow(
      'expectedVersion: 2 disagrees with If-Match "3" (send one, or both equal)',
    );
    expect(() => expectedVersion(undefined, '*')).toThrow(
      'If-Match: one ticket version, quoted as its ETag gave it ("3")',
    );
    for (const run of [
      () => expectedVersion(undefined, undefined),
      () => expectedVersion(undefined, '*'),
      () => expectedVersion(2, '"3"'),
    ])
      expect(run).toThrow(expect.objectContaining({ code: 'validation_failed', status: 400 }));
  });

  it('names the field at fault: none given, disagreeing, or not one version', () => {
    expect(fieldOf(() => expectedVersion(undefined, undefined))).toBe('expectedVersion');
    expect(fieldOf(() => expectedVersion(2, '"3"'))).toBe('expectedVersion');
    for (const header of ['*', '"3", "4"', '"x"', 'W/"3"', '"0"', '3', '"1234567890123456"', '"3x"', '"x3"'])
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

  it('names both versions, and leaves the current one out when it is not known', () => {
    const ifMatch = staleVersion({ version: 1, from: 'If-Match' }, 2);
    expect(ifMatch.message).toBe('If-Match: the ticket is no longer at version 1');
    expect(ifMatch.details).toEqual({ field: 'If-Match', expectedVersion: 1, currentVersion: 2 });
    const body = staleVersion({ version: 1, from: 'expectedVersion' });
    expect(body.message).toBe('Ticket is at another version than 1');
    expect(body.details).toStrictEqual({ field: 'expectedVersion', expectedVersion: 1 });
    expect(staleVersion({ version: 4, from: 'If-Match' }).details).toStrictEqual({
      field: 'If-Match',
      expectedVersion: 4,
    });
  });
});
