import { z } from 'zod';

/** The columns of a row's sort key, in the list's order: what a cursor carries. */
export type CursorKey = readonly (string | number)[];

const MALFORMED = 'not a cursor this list gave (pass `nextCursor` back unchanged)';

/**
 * An opaque page cursor: the sort key of the row a page ended on, as base64url JSON. Clients pass
 * `nextCursor` back as `cursor`; the next page starts after that row, whatever was added before it.
 * @example encodeCursor(['newest', '2026-11-24T02:00:00.000Z', 'a1b2…']) // 'WyJuZXdlc3QiLCIy…'
 */
export const encodeCursor = (key: CursorKey): string =>
  Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

/**
 * The `cursor` query parameter of a list: a string in, the decoded sort key out (checked against
 * `key`), or a 400 naming `query.cursor` through the validation pipe.
 * @example cursorParam(z.tuple([z.string()])).parse(encodeCursor(['ana'])) // ['ana']
 */
export function cursorParam<K extends z.ZodType<CursorKey>>(key: K) {
  return z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,1000}$/, MALFORMED)
    .meta({ description: 'The `nextCursor` of the previous page, unchanged' })
    .transform((text, ctx): z.infer<K> => {
      const parsed = key.safeParse(decode(text));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: MALFORMED });
      return z.NEVER;
    });
}

function decode(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** A text column of a sort key: bounded, so a forged cursor cannot make a huge query parameter. */
export const KeyText = z.string().max(200);
