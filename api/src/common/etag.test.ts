import { describe, expect, it } from 'vitest';
import { ifMatchHolds, parseIfMatch, strongETag } from './etag.js';

describe('parseIfMatch', () => {
  it('lists the strong tags and leaves weak ones out (they never match strongly)', () => {
    expect(parseIfMatch(`${strongETag(3)}, W/"2", "abc"`)).toEqual(['3', 'abc']);
    expect(parseIfMatch(' * ')).toBe('*');
    expect(parseIfMatch(undefined)).toBeUndefined();
  });

  it('refuses an unquoted tag, naming the header', () => {
    for (const header of ['3', '3, "4"', '"a"b"', ''])
      expect(() => parseIfMatch(header), header).toThrow(
        expect.objectContaining({ status: 400, details: { field: 'If-Match' } }),
      );
  });
});

describe('ifMatchHolds', () => {
  it('holds for a listed tag, or for * when the resource exists', () => {
    expect(ifMatchHolds(['a', 'b'], 'b')).toBe(true);
    expect(ifMatchHolds(['a'], 'b')).toBe(false);
    expect(ifMatchHolds('*', 'b')).toBe(true);
    expect(ifMatchHolds('*', null)).toBe(false);
  });
});
