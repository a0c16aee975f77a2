import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';

describe.each(DB_KINDS)('the audit chain on %s', (kind) => {
  let api: Api;
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const p = (n: number) => (kind === 'sqlite' ? '?' : `$${n}`);

  beforeAll(async () => {
    api = await startApi(kind);
    for (const description of ['lift noisy', 'lamp out', 'door stuck']) {
      const { body } = await api.http
        .post('/api/tickets')
        .set(await auth('frontdesk'))
        .send({ facts: { description } })
        .expect(201);
      await api.http
        .post(`/api/tickets/${body.id}/events`)
        .set(await auth('frontdesk'))
        .send({ type: 'RECORDED', data: { location: 'hall' }, expectedVersion: 1 })
        .expect(200);
      await api.http
        .post(`/api/tickets/${body.id}/events`)
        .set(await auth('frontdesk'))
        .send({ type: 'RESOLVED', expectedVersion: 2 })
        .expect(422);
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  it('verifies an untouched chain of accepted and refused commands', async () => {
    const res = await api.http
      .get('/api/audit/verify')
      .set(await auth('auditor'))
      .expect(200);
    expect(res.body).toMatchObject({ ok: true });
    const outcomes = await api.http
      .get('/api/audit?command=ticket.event')
      .set(await auth('auditor'))
      .expect(200);
    expect(new Set(outcomes.body.items.map((e: { outcome: string }) => e.outcome))).toEqual(
      new Set(['accepted', 'refused']),
    );
    expect(res.body.entries).toBeGreaterThanOrEqual(9);
  });

  it('keeps one unbroken chain under concurrent commands', async () => {
    const frontdesk = await auth('frontdesk');
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.http
          .post('/api/tickets')
          .set(frontdesk)
          .send({ facts: { description: `burst ${i}` } }),
      ),
    );
    expect(created.every((r) => r.status === 201)).toBe(true);
    await Promise.all(
      created.map((r) =>
        api.http
          .post(`/api/tickets/${r.body.id}/events`)
          .set(frontdesk)
          .send({ type: 'RECORDED', data: { location: 'hall' }, expectedVersion: 1 })
          .expect(200),
      ),
    );
    const res = await api.http
      .get('/api/audit/verify')
      .set(await auth('auditor'))
      .expect(200);
    expect(res.body).toMatchObject({ ok: true });
    const seqs = (await api.dataSource.query('SELECT seq FROM audit_entries ORDER BY seq')) as {
      seq: number;
    }[];
    expect(seqs.map((r) => Number(r.seq))).toEqual(seqs.map((_, i) => i + 1));
  });

  it('names the first entry whose row was edited behind the application', async () => {
    const [victim] = (await api.dataSource.query(
      `SELECT seq FROM audit_entries WHERE command = ${p(1)} ORDER BY seq LIMIT 1`,
      ['ticket.event'],
    )) as { seq: number }[];
    await api.dataSource.query(`UPDATE audit_entries SET actor_id = ${p(1)} WHERE seq = ${p(2)}`, [
      'mallory',
      victim!.seq,
    ]);
    const res = await api.http
      .get('/api/audit/verify')
      .set(await auth('auditor'))
      .expect(200);
    expect(res.body).toMatchObject({
      ok: false,
      firstBroken: { seq: Number(victim!.seq), reason: 'hash_mismatch' },
    });
  });

  it('notices a deleted entry', async () => {
    const [last] = (await api.dataSource.query('SELECT MAX(seq) AS seq FROM audit_entries')) as {
      seq: number;
    }[];
    await api.dataSource.query(`DELETE FROM audit_entries WHERE seq = ${p(1)}`, [Number(last!.seq) - 1]);
    const res = await api.http
      .get('/api/audit/verify')
      .set(await auth('auditor'))
      .expect(200);
    expect(res.body.ok).toBe(false);
  });
});
