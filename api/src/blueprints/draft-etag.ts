import { canonicalJson, sha256Hex } from '@frontstage/engine';

/**
 * A draft's entity tag (unquoted): a hash of its body and the time it was saved, so any save makes
 * a new tag and two reads of the same save give the same one. The ETag header quotes it.
 * @example draftTag(blueprint, '2026-11-24T02:00:00.000Z') // '3f1c…' (32 hex digits)
 */
export function draftTag(body: unknown, updatedAt: string): string {
  return sha256Hex(canonicalJson({ body, updatedAt })).slice(0, 32);
}
