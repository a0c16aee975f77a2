import { join, resolve } from 'node:path';

/** The committed OpenAPI document, the TypeScript types generated from it, and the lint config. */
export const OPENAPI_DIR = resolve(import.meta.dirname, '../../openapi');
export const OPENAPI_JSON = join(OPENAPI_DIR, 'openapi.json');
export const SCHEMA_DTS = join(OPENAPI_DIR, 'schema.d.ts');
export const REDOCLY_CONFIG = join(OPENAPI_DIR, 'redocly.yaml');
/** What to run when the committed files no longer match the API. */
export const REGENERATE = 'npm run openapi -w @frontstage/api';
/** Exceptions to lint rules at single places of the document (redocly lint reads it beside its config). */
export const LINT_IGNORE = join(OPENAPI_DIR, '.redocly.lint-ignore.yaml');
