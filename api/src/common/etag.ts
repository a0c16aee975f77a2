import { ApiError } from './api-error.js';

/** An If-Match header as listed: any current representation (`*`), or the strong tags it names. */
export type IfMatch = '*' | string[];

const TAG = /^(W\/)?"([\x21\x23-\x7e]*)"$/;

/**
 * A strong entity tag, quoted as the ETag header carries it.
 * @example strongETag(3) // '"3"'
 */
export const strongETag = (opaque: string | number): string => `"${opaque}"`;

/**
 * Reads an If-Match header: undefined when absent, `*`, or the opaque strong tags it lists (weak
 * tags never match a strong comparison, so they are left out). A malformed header is a 400 naming it.
 * @example parseIfMatch('"3", W/"2"') // ['3']
 */
export function parseIfMatch(header: string | undefined): IfMatch | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return '*';
  const tags = header.split(',').map((part) => TAG.exec(part.trim()));
  if (tags.length === 0 || tags.some((t) => t === null))
    throw new ApiError('validation_failed', 'If-Match: "*" or quoted entity tags, as ETag gave them', {
      field: 'If-Match',
    });
  return tags.flatMap((t) => (t![1] ? [] : [t![2]!]));
}

/** Whether a resource whose tag is `current` (null: it does not exist) meets an If-Match condition. */
export const ifMatchHolds = (condition: IfMatch, current: string | null): boolean =>
  current !== null && (condition === '*' || condition.includes(current));
