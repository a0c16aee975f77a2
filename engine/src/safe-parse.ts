import { z } from 'zod';

/**
 * `schema.safeParse` that never throws. zod runs some checks even on a value of the wrong type
 * (a string's `min` reads `.length` of any object), so JSON such as `{ "length": { "toString": false } }`
 * makes it throw; such input is reported as an issue at the document's root instead.
 * @example safeParse(Blueprint, JSON.parse(text)).success
 */
export function safeParse<T extends z.ZodType>(schema: T, input: unknown): z.ZodSafeParseResult<z.output<T>> {
  try {
    return schema.safeParse(input);
  } catch {
    const issue = { code: 'custom' as const, path: [], message: 'a value that is not plain data', input };
    return { success: false, error: new z.ZodError([issue]) } as z.ZodSafeParseResult<z.output<T>>;
  }
}
