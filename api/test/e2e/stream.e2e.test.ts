import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/harness.js';

type Event = { event: string; data: { ticketId?: string } };

/**
 * Reads server-sent events until `until` holds for the ones seen so far. `ready` settles when the
 * server says the stream is subscribed (its `ready` event), so a test need not guess with a sleep.
 */
function readEvents(url: string, until: (events: Event[]) => boolean) {
  let subscribed!: () => void;
  const heardReady = new Promise<void>((done) => (subscribed = done));
  const events = (async () => {
    const controller = new AbortController();
    const res = await fetch(url, { signal: controller.signal, headers: { accept: 'text/event-stream' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events: Event[] = [];
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    while (!until(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (data) events.push({ event, data: JSON.parse(data) });
        if (event === 'ready') subscribed();
      }
    }
    controller.abort();
    return events;
  })();
  // A stream that fails or ends before `ready` settles this too, so the test fails rather than hangs.
  return { ready: Promise.race([heardReady, events.then(() => undefined)]), events };
}

describe('live updates over server-sent events', () => {
  let api: Api;
  let base: string;

  beforeAll(async () => {
    api = await startApi('sqlite');
    await api.app.listen({ port: 0, host: '127.0.0.1' });
    base = await api.app.getUrl();
    base = base.replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('pushes to each console only the ticket changes its user may see', async () => {
    const engineerToken = await api.token('engineer');
    const frontdesk = { authorization: `Bearer ${await api.token('frontdesk')}` };
    const created: string[] = [];
    const seen = readEvents(
      `${base}/api/stream?access_token=${engineerToken}`,
      (events) => events.filter((e) => e.event === 'ticket.created').length >= 2,
    );
    await seen.ready;
    for (const facts of [
      { waterFlowing: true },
      { description: 'repaint the hall' },
      { waterFlowing: true, unit: '9-901' },
    ]) {
      created.push((await api.http.post('/api/tickets').set(frontdesk).send({ facts }).expect(201)).body.id);
    }
    const events = await seen.events;
    expect(events[0]!.event).toBe('ready');
    const ids = events.filter((e) => e.event === 'ticket.created').map((e) => e.data.ticketId);
    expect(ids).toEqual([created[0], created[2]]);
  });

  it('refuses a stream without a valid token', async () => {
    const res = await fetch(`${base}/api/stream?access_token=forged`);
    expect(res.status).toBe(401);
    await res.body?.cancel();
  });
});
