import type { RejectionCode, Text } from '@frontstage/engine';

/** Every error code the API answers with; the HTTP status follows from the code, decided once here. */
export type ApiErrorCode =
  | 'validation_failed'
  | 'malformed_json'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unauthorized'
  | 'forbidden'
  | 'too_many_requests'
  | 'not_found'
  | 'version_conflict'
  | 'precondition_failed'
  | 'conflict'
  | 'blueprint_invalid'
  | 'blueprint_not_published'
  | 'ruleset_invalid'
  | 'classification_failed'
  | 'invalid_import'
  | 'idempotency_key_reused'
  | 'idempotency_in_flight'
  | 'internal_error'
  | 'unavailable'
  | RejectionCode;

const STATUS: Record<ApiErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  invalid_input: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  forbidden: 403,
  too_many_requests: 429,
  role_not_allowed: 403,
  not_found: 404,
  version_conflict: 409,
  precondition_failed: 412,
  conflict: 409,
  blueprint_invalid: 422,
  blueprint_not_published: 422,
  ruleset_invalid: 422,
  classification_failed: 422,
  // An estate file with bad rows: `details.problems` lists each (row, column, reason); nothing imported.
  invalid_import: 400,
  idempotency_key_reused: 422,
  idempotency_in_flight: 409,
  event_not_allowed: 422,
  data_invalid: 422,
  no_branch: 422,
  ticket_closed: 422,
  wrong_blueprint: 422,
  timer_not_active: 422,
  timer_not_due: 422,
  internal_error: 500,
  unavailable: 503,
};

/** The HTTP status an error code is answered with. */
export const statusOf = (code: ApiErrorCode): number => STATUS[code];

/**
 * Whether an error answer asks for the same request again later, so it carries Retry-After: every
 * 429 and 503, a duplicate of a command still running, and a `conflict` the database could not
 * order (`details.retryable`). Nothing was applied in any of them.
 */
export const retryLater = (body: {
  statusCode: number;
  error: string;
  details?: Record<string, unknown>;
}): boolean =>
  body.statusCode === 429 ||
  body.statusCode === 503 ||
  body.error === 'idempotency_in_flight' ||
  body.details?.retryable === true;

/** Codes whose answers may carry Retry-After (see `retryLater`), for the OpenAPI document. */
export const MAY_RETRY_LATER: ReadonlySet<ApiErrorCode> = new Set<ApiErrorCode>([
  'conflict',
  'idempotency_in_flight',
  'too_many_requests',
  'unavailable',
]);

/** A domain error with a code; the exception filter turns it into `{statusCode, error, message, details?}`. */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.status = STATUS[code];
  }

  /** An engine rejection, keeping both languages of its message. */
  static fromRejection(rejection: {
    code: RejectionCode;
    message: Text;
    details?: Record<string, unknown>;
  }): ApiError {
    return new ApiError(rejection.code, rejection.message.en, {
      ...rejection.details,
      message: rejection.message,
    });
  }
}

export const notFound = (what: string, id: string): ApiError =>
  new ApiError('not_found', `${what} "${id}" not found`, { field: 'id' });
