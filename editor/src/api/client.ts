import type { Blueprint, Ruleset } from '@frontstage/engine';
import type {
  ApiErrorBody,
  BlueprintSummary,
  DraftResponse,
  EvaluateResponse,
  LoginResponse,
  PublishResponse,
  SaveDraftResponse,
  ValidateResponse,
  VersionResponse,
  VersionSummary,
} from './types';

/** A refused or failed request, carrying the API's error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

export type Fetch = typeof fetch;

/**
 * A typed client for the Frontstage REST API (same origin by default).
 * @example const api = createApiClient(); await api.login('designer', 'secret'); await api.blueprints();
 */
export function createApiClient(base = '', fetcher: Fetch = (...a) => fetch(...a)) {
  let token: string | null = null;
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetcher(`${base}/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const json: unknown = text ? JSON.parse(text) : null;
    if (!res.ok) throw new ApiError(res.status, json as ApiErrorBody | null);
    return json as T;
  }
  const key = (k: string) => encodeURIComponent(k);
  return {
    get token() {
      return token;
    },
    setToken: (t: string | null) => {
      token = t;
    },
    login: async (username: string, password: string) => {
      const res = await call<LoginResponse>('POST', '/auth/login', { username, password });
      token = res.token;
      return res;
    },
    blueprints: () => call<BlueprintSummary[]>('GET', '/blueprints'),
    draft: (k: string) => call<DraftResponse>('GET', `/blueprints/${key(k)}/draft`),
    saveDraft: (k: string, blueprint: Blueprint) =>
      call<SaveDraftResponse>('PUT', `/blueprints/${key(k)}/draft`, blueprint),
    validate: (blueprint: unknown) => call<ValidateResponse>('POST', '/blueprints/validate', blueprint),
    publish: (k: string) => call<PublishResponse>('POST', `/blueprints/${key(k)}/publish`),
    /** Published versions of a blueprint, newest first. */
    versions: (k: string) => call<VersionSummary[]>('GET', `/blueprints/${key(k)}/versions`),
    version: (k: string, version: number) =>
      call<VersionResponse>('GET', `/blueprints/${key(k)}/versions/${version}`),
    rules: () => call<Ruleset | { ruleset: Ruleset }>('GET', '/rules'),
    saveRules: (ruleset: Ruleset) => call<unknown>('PUT', '/rules', ruleset),
    evaluate: (facts: Record<string, unknown>) =>
      call<EvaluateResponse | { classification: EvaluateResponse }>('POST', '/rules/evaluate', { facts }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
