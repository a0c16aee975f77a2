import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Transactor } from '../../src/database/transactor.js';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';

describe.each(DB_KINDS)('reads on %s', (kind) => {
  let api: Api;
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });

  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('never show a write that has not committed, so a rolled-back change is never seen', async () => {
    const { body: t } = await api.http
      .post('/api/tickets')
      .set(await auth('frontdesk'))
      .send({ facts: { description: 'lamp' } })
      .expect(201);
    const sql =
      kind === 'sqlite'
        ? "UPDATE tickets SET version = 99, state = 'phantom' WHERE id = ?"
        : "UPDATE tickets SET version = 99, state = 'phantom' WHERE id = $1";
    let inside!: () => void;
    const entered = new Promise<void>((resolve) => (inside = resolve));
    const doomed = api.app.get(Transactor).run(async (m) => {
      await m.query(sql, [t.id]);
      inside();
      await new Promise((resolve) => setTimeout(resolve, 300));
      throw new Error('rolled back on purpose');
    });
    await entered;
    const during = await api.http
      .get(`/api/tickets/${t.id}`)
      .set(await auth('frontdesk'))
      .expect(200);
    await expect(doomed).rejects.toThrow('rolled back on purpose');
    expect(during.body).toMatchObject({ version: 1, state: t.state });
    const after = await api.http
      .get(`/api/tickets/${t.id}`)
      .set(await auth('frontdesk'))
      .expect(200);
    expect(after.body).toMatchObject({ version: 1, state: t.state });
  });
});
