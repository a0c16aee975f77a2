import { ApiError } from '../common/api-error.js';
import { parseIfMatch } from '../common/etag.js';

/** The ticket version a command was sent for, and where the caller said so. */
export interface ExpectedVersion {
  version: number;
  /** `If-Match: "3"`, or `expectedVersion: 3` in the body. */
  from: 'If-Match' | 'expectedVersion';
}

const VERSION = /^[1-9]\d{0,14}$/;

/**
 * The version a ticket command expects, from the body or an If-Match header naming the version
 * its ETag gave (`"3"`). One of them is required; both must agree.
 * @example expectedVersion(undefined, '"3"') // { version: 3, from: 'If-Match' }
 */
export function expectedVersion(body: number | undefined, ifMatch: string | undefined): ExpectedVersion {
  const tags = parseIfMatch(ifMatch);
  if (tags === undefined) {
    if (body === undefined)
      throw new ApiError('validation_failed', 'expectedVersion: required unless If-Match names the version', {
        field: 'expectedVersion',
      });
    return { version: body, from: 'expectedVersion' };
  }
  if (tags === '*' || tags.length !== 1 || !VERSION.test(tags[0]!))
    throw new ApiError(
      'validation_failed',
      'If-Match: one ticket version, quoted as its ETag gave it ("3")',
      {
        field: 'If-Match',
      },
    );
  const version = Number(tags[0]);
  if (body !== undefined && body !== version)
    throw new ApiError(
      'validation_failed',
      `expectedVersion: ${body} disagrees with If-Match "${version}" (send one, or both equal)`,
      { field: 'expectedVersion' },
    );
  return { version, from: 'If-Match' };
}

/**
 * The refusal of a command sent for another version than the ticket's: 412 when If-Match said
 * which (HTTP's answer to a false precondition), else the 409 `version_conflict` it always was.
 */
export function staleVersion(expected: ExpectedVersion, current?: number): ApiError {
  const now = current !== undefined ? { currentVersion: current } : {};
  return expected.from === 'If-Match'
    ? new ApiError(
        'precondition_failed',
        `If-Match: the ticket is no longer at version ${expected.version}`,
        {
          field: 'If-Match',
          expectedVersion: expected.version,
          ...now,
        },
      )
    : new ApiError('version_conflict', `Ticket is at another version than ${expected.version}`, {
        field: 'expectedVersion',
        expectedVersion: expected.version,
        ...now,
      });
}
