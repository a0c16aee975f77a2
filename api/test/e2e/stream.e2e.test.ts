import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/harness.js';
import { readEvents } from '../support/read-events.js';

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
