import { z } from 'zod';
import { JsonValue } from '../schema/primitives.js';

/**
 * The body of every error answer: `error` is a typed code (`validation_failed`, `role_not_allowed`,
 * `version_conflict`…), `details.field` names the input at fault where there is one.
 */
export const ErrorBody = z
  .object({
    statusCode: z.number().int(),
    error: z.string(),
    message: z.string(),
    details: z.record(z.string(), JsonValue).optional(),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof ErrorBody>;
