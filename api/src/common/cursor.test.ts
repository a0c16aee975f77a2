import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cursorParam, encodeCursor } from './cursor.js';

describe('cursorParam', () => {
  const byName = cursorParam(z.tuple([z.string(), z.number()]));

  it('reads back the key a cursor was made of', () => {
    expect(byName.parse(encodeCursor(['ana', 3]))).toEqual(['ana', 3]);
  });

  it('refuses text that is not base64url, not JSON, or not the list’s key', () => {
    for (const text of ['not a cursor', '', encodeCursor(['ana']), 'e30', encodeCursor(['ana', '3'])])
      expect(byName.safeParse(text).success, text).toBe(false);
    expect(byName.safeParse(Buffer.from('{"x":').toString('base64url')).success).toBe(false);
  });
});
