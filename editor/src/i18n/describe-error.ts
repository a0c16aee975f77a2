import type { Text } from '@frontstage/engine';
import { ApiError } from '../api/client';
import type { I18n } from './I18nProvider';
import type { MessageKey } from './messages';

/** The API's error codes the UI explains in its own words (see api/src/common/api-error.ts). */
const KNOWN: Record<string, MessageKey> = {
  unauthorized: 'err.unauthorized',
  forbidden: 'err.forbidden',
  role_not_allowed: 'err.forbidden',
  not_found: 'err.notFound',
  version_conflict: 'err.conflict',
  blueprint_invalid: 'err.blueprintInvalid',
  blueprint_not_published: 'err.notPublished',
  ruleset_invalid: 'err.rulesetInvalid',
  validation_failed: 'err.validation',
  malformed_json: 'err.validation',
  payload_too_large: 'err.tooLarge',
  invalid_import: 'err.invalidImport',
  internal_error: 'err.internal',
};

function isText(v: unknown): v is Text {
  return (
    !!v &&
    typeof v === 'object' &&
    typeof (v as Text).en === 'string' &&
    typeof (v as Text)['zh-CN'] === 'string'
  );
}

/**
 * What went wrong, in the current language: a known API error code in the UI's words, an engine
 * refusal in the language it carries both of, an unreachable server as such; anything else by
 * its own message.
 * @example describeError(new ApiError(409, { statusCode: 409, error: 'version_conflict', message: '…' }), i18n)
 */
export function describeError(error: unknown, { t, text }: Pick<I18n, 't' | 'text'>): string {
  if (error instanceof ApiError) {
    const details = error.body?.details as { message?: unknown; field?: unknown } | undefined;
    if (isText(details?.message)) return text(details.message);
    const key = error.body ? KNOWN[error.body.error] : undefined;
    if (key) return t(key, { field: typeof details?.field === 'string' ? details.field : error.message });
    return error.message;
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return t('err.network');
  return error instanceof Error ? error.message : String(error);
}
