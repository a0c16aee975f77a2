import type {
  TrackingLink,
  Attachment,
  AuditEntry,
  AuditPage,
  Blueprint,
  BlueprintSummary,
  ChainVerification,
  DerivedFacts,
  DraftResponse,
  ErrorBody,
  EvaluateResult,
  Heatmap,
  HeldRole,
  JsonValue,
  LoginResponse,
  Me,
  PublishResponse,
  ReplayVerdict,
  RulesPublishResponse,
  RulesResponse,
  Ruleset,
  RulesetVersionSummary,
  SaveDraftResponse,
  TicketAttachment,
  TicketComment,
  TicketDetail,
  TicketPage,
  ValidateResponse,
  VersionResponse,
  VersionSummary,
  Vocabulary,
  WorkloadRow,
} from '@frontstage/engine';
import { ApiError, download } from './api-error';
import { estateEndpoints } from './estate-endpoints';
import { queryString } from './query-string';
import type { AuditFilter, NewTicket, TicketQuery } from './filters';

export { ApiError, type Download } from './api-error';

export type Fetch = typeof fetch;

/** The event a staff member sends to a ticket. */
export interface EventCommand {
  type: string;
  data?: Record<string, JsonValue>;
  expectedVersion: number;
}

/**
 * A typed client for the Frontstage REST API (same origin by default).
 * @example const api = createApiClient(); await api.login('designer', 'secret'); await api.blueprints();
 */
export function createApiClient(base = '', fetcher: Fetch = (...a) => fetch(...a)) {
  let token: string | null = null;
  // One refresh at a time: requests that all found the token expired wait for the same new one.
  let refreshing: Promise<LoginResponse> | null = null;
  const refresh = () => {
    refreshing ??= call<LoginResponse>('POST', '/auth/refresh')
      .then((res) => {
        token = res.token;
        return res;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  };
  async function send(method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
    // A file (an estate spreadsheet) goes as it is, under the media type the caller names; a form
    // (an upload) under the multipart type the browser writes with its boundary.
    const file =
      (typeof Blob !== 'undefined' && body instanceof Blob) ||
      (typeof FormData !== 'undefined' && body instanceof FormData);
    const headers: Record<string, string> = { accept: 'application/json', ...extra };
    if (body !== undefined && !file) headers['content-type'] = 'application/json';
    const attempt = () =>
      fetcher(`${base}/api${path}`, {
        method,
        headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
        body: body === undefined ? undefined : file ? (body as Blob | FormData) : JSON.stringify(body),
      });
    let res = await attempt();
    // An access token that expired while the page stayed open: the session cookie gets a new one.
    if (res.status === 401 && token && !path.startsWith('/auth/')) {
      const renewed = await refresh().then(
        () => true,
        () => false,
      );
      if (renewed) res = await attempt();
    }
    if (!res.ok) {
      const text = await res.text();
      let json: ErrorBody | null = null;
      try {
        json = text ? (JSON.parse(text) as ErrorBody) : null;
      } catch {
        json = null;
      }
      throw new ApiError(res.status, json);
    }
    return res;
  }
  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    extra?: Record<string, string>,
  ): Promise<T> {
    const text = await (await send(method, path, body, extra)).text();
    return (text ? JSON.parse(text) : null) as T;
  }
  // A retry under the same key gets the first answer, so a double click never opens two tickets.
  const idempotent = (key?: string) => (key ? { 'idempotency-key': key } : undefined);
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
    /** Signs in with the browser's session cookie (a reload); rejects with a 401 when there is none. */
    resume: () => refresh(),
    /** Ends the session on the server too, so the cookie signs nobody in again. */
    logout: async () => {
      token = null;
      await send('POST', '/auth/logout');
    },
    me: () => call<Me>('GET', '/auth/me'),
    blueprints: () => call<BlueprintSummary[]>('GET', '/blueprints'),
    draft: (k: string) => call<DraftResponse>('GET', `/blueprints/${key(k)}/draft`),
    saveDraft: (k: string, blueprint: Blueprint) =>
      call<SaveDraftResponse>('PUT', `/blueprints/${key(k)}/draft`, blueprint),
    validate: (blueprint: unknown) => call<ValidateResponse>('POST', '/blueprints/validate', blueprint),
    /** Publishes the draft with the designer's change note (what it changes and why). */
    publish: (k: string, note?: string) =>
      call<PublishResponse>('POST', `/blueprints/${key(k)}/publish`, note ? { note } : {}),
    /** Published versions of a blueprint, newest first. */
    versions: (k: string) => call<VersionSummary[]>('GET', `/blueprints/${key(k)}/versions`),
    version: (k: string, version: number) =>
      call<VersionResponse>('GET', `/blueprints/${key(k)}/versions/${version}`),
    /** The job roles some account holds, with how many hold each (for the designer's role picker). */
    heldRoles: () => call<HeldRole[]>('GET', '/roles'),
    rules: () => call<RulesResponse>('GET', '/rules'),
    vocabulary: () => call<Vocabulary>('GET', '/vocabulary'),
    saveRules: (ruleset: Ruleset) => call<unknown>('PUT', '/rules', ruleset),
    /** Publishes a ruleset with the designer's change note (what it changes and why). */
    publishRules: (ruleset: Ruleset, note?: string) =>
      call<RulesPublishResponse>('POST', '/rules/publish', note ? { ruleset, note } : { ruleset }),
    /** Published versions of the ruleset, newest first, with their change notes. */
    rulesVersions: () => call<RulesetVersionSummary[]>('GET', '/rules/versions'),
    rulesVersion: (version: number) => call<RulesResponse>('GET', `/rules/versions/${version}`),
    evaluate: (facts: Record<string, unknown>) => call<EvaluateResult>('POST', '/rules/evaluate', { facts }),

    /** Intake: the facts of a request, its place and customer become a classified, routed ticket. */
    createTicket: (request: NewTicket, idempotencyKey?: string) =>
      call<TicketDetail>('POST', '/tickets', request, idempotent(idempotencyKey)),
    /** The facts intake would derive for the request (recent complaints, inside a home, location); writes nothing. */
    deriveFacts: (request: NewTicket) => call<DerivedFacts>('POST', '/tickets/derived-facts', request),
    tickets: (query: TicketQuery) => call<TicketPage>('GET', `/tickets${queryString(query)}`),
    ticket: (id: string) => call<TicketDetail>('GET', `/tickets/${key(id)}`),
    sendEvent: (id: string, command: EventCommand, idempotencyKey?: string) =>
      call<TicketDetail>('POST', `/tickets/${key(id)}/events`, command, idempotent(idempotencyKey)),
    history: (id: string) => call<AuditEntry[]>('GET', `/tickets/${key(id)}/history`),
    comments: (id: string) => call<TicketComment[]>('GET', `/tickets/${key(id)}/comments`),
    addComment: (id: string, body: string) =>
      call<TicketComment>('POST', `/tickets/${key(id)}/comments`, { body }),
    /** A new tracking link for a caller who reported by phone (the old one stops working). */
    trackingLink: (id: string) => call<TrackingLink>('POST', `/tickets/${key(id)}/tracking-link`),
    /** Uploads a photo or PDF (checked by its content on the server); link it with `linkAttachments`. */
    uploadAttachment: (file: Blob, name = 'photo') => {
      const form = new FormData();
      form.append('file', file, name);
      return call<Attachment>('POST', '/attachments', form);
    },
    linkAttachments: (id: string, hashes: string[]) =>
      call<TicketAttachment[]>('POST', `/tickets/${key(id)}/attachments`, { hashes }),
    /** An attachment's bytes, by the url the API gave (`/api/attachments/…`): images need the token too. */
    attachmentBlob: async (url: string) => (await send('GET', url.replace(/^\/api/, ''))).blob(),
    reassign: (id: string, team: string, expectedVersion: number) =>
      call<TicketDetail>('POST', `/tickets/${key(id)}/reassign`, { team, expectedVersion }),
    workload: () => call<WorkloadRow[]>('GET', '/reports/workload'),

    audit: (filter: AuditFilter, afterSeq?: number, limit = 100) =>
      call<AuditPage>('GET', `/audit${queryString({ ...filter, afterSeq, limit })}`),
    /** The filtered entries as a CSV or JSON file. */
    auditExport: async (filter: AuditFilter, format: 'csv' | 'json') =>
      download(
        await send('GET', `/audit/export${queryString({ ...filter, format })}`),
        `frontstage-audit.${format}`,
      ),
    verifyChain: () => call<ChainVerification>('GET', '/audit/verify'),
    replayVerdict: (id: string) => call<ReplayVerdict>('GET', `/audit/replay/${key(id)}`),
    heatmap: (k: string, period: { version?: number; from?: string; to?: string }) =>
      call<Heatmap>('GET', `/reports/heatmap/${key(k)}${queryString(period)}`),
    /** The live feed of ticket changes; EventSource cannot send headers, so the token rides in the query. */
    streamUrl: () => `${base}/api/stream${queryString({ access_token: token })}`,
    ...estateEndpoints({ call, send }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
