import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiExtension,
  ApiHeader,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
} from '@nestjs/swagger';
import type { z } from 'zod';
import { MAY_RETRY_LATER, statusOf, type ApiErrorCode } from './api-error.js';
import { componentRef, openApiSchema } from './openapi-schema.js';

/** What the OpenAPI document says of one operation; every schema is one the API validates or answers with. */
export interface EndpointSpec {
  /** A short sentence, and a camelCase name fit for a generated client's method. */
  summary: string;
  operationId: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The answer: its schema (or content type for non-JSON answers) and status (default 200). */
  answer: { status?: number; schema?: z.ZodType; description?: string; contentType?: string };
  /** Typed errors the operation answers with beyond 400 (bad input), 401 and 403 (roles). */
  errors?: ApiErrorCode[];
  /** Anyone may call it (login, health): `security: []`. */
  public?: boolean;
  /** Takes an Idempotency-Key header (and may answer its 422 and 409). */
  idempotent?: boolean;
  /** The answer carries an ETag header: what its tag stands for. */
  etag?: string;
  /** Takes an If-Match header: what it is compared with, and what a mismatch answers. */
  ifMatch?: string;
}

export const PUBLIC_EXTENSION = 'x-frontstage-public';

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description:
    'Retry-safe key (1-200 visible ASCII characters, kept 8 days): a retry with the same key and body gets the first answer byte for byte (`Idempotent-Replayed: true`); another body under the same key is a 422, a duplicate while the first runs a 409.',
};

const RETRY_AFTER_HEADER = {
  'Retry-After': {
    description:
      'Seconds to wait before sending the same request again (with the same Idempotency-Key): on every 429 and 503, on `idempotency_in_flight`, and on a `conflict` whose `details.retryable` is true.',
    schema: { type: 'integer', minimum: 0 },
  },
};

const ERROR_DESCRIPTION: Record<number, string> = {
  400: 'Bad input: `details.field` names it.',
  401: 'No valid bearer token.',
  403: 'The caller’s role may not do this.',
  404: 'Not found, or not visible to the caller.',
  409: 'Conflict: nothing was applied.',
  412: 'If-Match names another version than the current one: nothing was applied.',
  413: 'The body is too large.',
  415: 'The body is not JSON.',
  422: 'Understood, but refused by the rules of the domain.',
  503: 'The server is shutting down or its database is busy or unreachable: send it again after Retry-After.',
};

/**
 * One decorator per route for the OpenAPI document: summary and operationId, path and query
 * parameters and body from the zod schemas the validation pipe applies, the answer from the
 * contract, and the typed errors grouped by status with the codes each may carry.
 */
export function Endpoint(spec: EndpointSpec): MethodDecorator {
  const decorators: (MethodDecorator | ClassDecorator)[] = [
    ApiOperation({
      summary: spec.summary,
      operationId: spec.operationId,
      ...(spec.description ? { description: spec.description } : {}),
    }),
  ];
  for (const [name, field] of Object.entries(spec.params?.shape ?? {}))
    decorators.push(ApiParam({ name, required: true, schema: openApiSchema(field as z.ZodType) }));
  for (const [name, field] of Object.entries(spec.query?.shape ?? {})) {
    const f = field as z.ZodType;
    decorators.push(ApiQuery({ name, required: !f.safeParse(undefined).success, schema: openApiSchema(f) }));
  }
  // A body whose schema takes "nothing" (a default) may be left out, as the pipe allows.
  if (spec.body)
    decorators.push(
      ApiBody({ required: !spec.body.safeParse(undefined).success, schema: openApiSchema(spec.body) }),
    );
  if (spec.idempotent) decorators.push(ApiHeader(IDEMPOTENCY_HEADER));
  if (spec.ifMatch)
    decorators.push(
      ApiHeader({ name: 'If-Match', required: false, description: spec.ifMatch, schema: { type: 'string' } }),
    );
  const { answer } = spec;
  decorators.push(
    ApiResponse({
      status: answer.status ?? 200,
      description: answer.description ?? 'OK',
      ...(spec.etag ? { headers: { ETag: { description: spec.etag, schema: { type: 'string' } } } } : {}),
      ...(answer.schema
        ? { schema: openApiSchema(answer.schema, 'output') }
        : answer.contentType
          ? { content: { [answer.contentType]: { schema: { type: 'string' } } } }
          : {}),
    }),
  );
  const codes: ApiErrorCode[] = [
    ...(spec.params || spec.query || spec.body ? (['validation_failed'] as const) : []),
    ...(spec.body ? (['malformed_json', 'payload_too_large', 'unsupported_media_type'] as const) : []),
    ...(spec.public ? [] : (['unauthorized', 'forbidden'] as const)),
    ...(spec.errors ?? []),
    ...(spec.idempotent ? (['idempotency_key_reused', 'idempotency_in_flight'] as const) : []),
    // Any request may meet a shutdown or an unreachable database.
    'unavailable',
  ];
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of new Set(codes))
    byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b))
    decorators.push(
      ApiResponse({
        status,
        description: `${ERROR_DESCRIPTION[status] ?? 'Error.'} \`error\`: ${list.map((c) => `\`${c}\``).join(', ')}.`,
        schema: { $ref: componentRef('ErrorBody') },
        ...(list.some((c) => MAY_RETRY_LATER.has(c)) ? { headers: RETRY_AFTER_HEADER } : {}),
      }),
    );
  if (spec.public) decorators.push(ApiExtension(PUBLIC_EXTENSION, true));
  return applyDecorators(...decorators);
}
