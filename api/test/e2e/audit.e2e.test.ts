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

  /** A single-row column value, read back so a tamper can be undone for the next test. */
  const column = async (sql: string, params: unknown[] = []) =>
    Object.values(((await api.dataSource.query(sql, params)) as Record<string, unknown>[])[0]!)[0];
  // `entries` of a broken chain counts the pages verified before the break, so these leave it out.
  const verify = async () =>
    (
      await api.http
        .get('/api/audit/verify')
        .set(await auth('auditor'))
        .expect(200)
    ).body;
  const headSeq = async () => Number(await column('SELECT seq FROM audit_head WHERE id = 1'));

  it('names the first entry whose row was edited behind the application', async () => {
    const victim = Number(
      await column(`SELECT seq FROM audit_entries WHERE command = ${p(1)} ORDER BY seq LIMIT 1`, [
        'ticket.event',
      ]),
    );
    const actor = await column(`SELECT actor_id FROM audit_entries WHERE seq = ${p(1)}`, [victim]);
    await api.dataSource.query(`UPDATE audit_entries SET actor_id = ${p(1)} WHERE seq = ${p(2)}`, [
      'mallory',
      victim,
    ]);
    const head = await headSeq();
    expect(await verify()).toMatchObject({
      ok: false,
      headSeq: head,
      firstBroken: { seq: victim, reason: 'hash_mismatch' },
    });
    await api.dataSource.query(`UPDATE audit_entries SET actor_id = ${p(1)} WHERE seq = ${p(2)}`, [
      actor,
      victim,
    ]);
    expect(await verify()).toEqual({ ok: true, entries: head, headSeq: head });
  });

  it('names an entry re-hashed onto another predecessor', async () => {
    const victim = 3;
    const prevHash = await column(`SELECT prev_hash FROM audit_entries WHERE seq = ${p(1)}`, [victim]);
    await api.dataSource.query(`UPDATE audit_entries SET prev_hash = ${p(1)} WHERE seq = ${p(2)}`, [
      'f'.repeat(64),
      victim,
    ]);
    const head = await headSeq();
    expect(await verify()).toMatchObject({
      ok: false,
      headSeq: head,
      firstBroken: { seq: victim, reason: 'prev_hash_mismatch' },
    });
    await api.dataSource.query(`UPDATE audit_entries SET prev_hash = ${p(1)} WHERE seq = ${p(2)}`, [
      prevHash,
      victim,
    ]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('notices a chain head that no longer matches the last entry', async () => {
    const hash = await column('SELECT hash FROM audit_head WHERE id = 1');
    await api.dataSource.query(`UPDATE audit_head SET hash = ${p(1)} WHERE id = 1`, ['e'.repeat(64)]);
    const head = await headSeq();
    expect(await verify()).toMatchObject({
      ok: false,
      headSeq: head,
      firstBroken: { seq: head + 1, reason: 'head_mismatch' },
    });
    await api.dataSource.query(`UPDATE audit_head SET hash = ${p(1)} WHERE id = 1`, [hash]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('names the gap a deleted entry leaves', async () => {
    const head = await headSeq();
    await api.dataSource.query(`DELETE FROM audit_entries WHERE seq = ${p(1)}`, [head - 1]);
    expect(await verify()).toMatchObject({
      ok: false,
      headSeq: head,
      firstBroken: { seq: head - 1, reason: 'missing_entry' },
    });
  });

  it('names the last entry missing when the newest one is deleted', async () => {
    const head = await headSeq();
    await api.dataSource.query(`DELETE FROM audit_entries WHERE seq >= ${p(1)}`, [head - 3]);
    expect(await verify()).toMatchObject({
      ok: false,
      headSeq: head,
      firstBroken: { seq: head - 3, reason: 'missing_entry' },
    });
  });
});
