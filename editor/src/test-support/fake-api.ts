import { createApiClient, type Fetch } from '../api/client';

/** One request the fake API saw. */
export interface SeenCall {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

/** A reply: JSON `body`, or raw `text` (NDJSON lines, a CSV file) with its content type. */
type Answer = { status?: number; body?: unknown; text?: string; contentType?: string } | undefined;

// A JSON body as the value it holds; anything else (a file being uploaded) as it was sent.
const bodyOf = (body: unknown) => (typeof body === 'string' ? JSON.parse(body) : body);

/**
 * A real API client over a fake server for component tests: `answer` sees each request (path
 * without `/api`, with its query) and gives status and body; unanswered requests are 404s.
 * @example const { api, calls } = fakeApi(({ method, path }) => (method === 'GET' && path === '/auth/me' ? { body: me } : undefined));
 */
export function fakeApi(answer: (call: SeenCall) => Answer) {
  const calls: SeenCall[] = [];
  const fetcher: Fetch = async (input, init) => {
    const call: SeenCall = {
      method: init?.method ?? 'GET',
      path: String(input).replace(/^\/api/, ''),
      body: init?.body ? bodyOf(init.body) : undefined,
      headers: (init?.headers ?? {}) as Record<string, string>,
    };
    calls.push(call);
    const reply = answer(call) ?? {
      status: 404,
      body: { statusCode: 404, error: 'not_found', message: call.path },
    };
    return new Response(reply.text ?? JSON.stringify(reply.body ?? null), {
      status: reply.status ?? 200,
      headers: { 'content-type': reply.contentType ?? 'application/json' },
    });
  };
  const api = createApiClient('', fetcher);
  api.setToken('test-token');
  return { api, calls };
}
