import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, FIXTURES, startApi, type Api } from '../support/harness.js';
import { addUser } from '../support/site-fixture.js';

interface Step {
  id: string;
  label: { 'zh-CN': string; en: string };
  roles?: string[];
}

/** The repair fixture with its fix step named 抢修 and done by a plumber. */
function withPlumber() {
  const bp = JSON.parse(readFileSync(join(FIXTURES, 'repair.json'), 'utf8')) as { steps: Step[] };
  for (const s of bp.steps)
    if (s.id === 'fix') {
      s.label = { 'zh-CN': '抢修', en: 'Emergency repair' };
      s.roles = ['plumber'];
    }
  return bp;
}

describe.each(DB_KINDS)('roles the accounts hold, on %s', (kind) => {
  let api: Api;
  const as = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const unheld = (report: { code: string; message: { 'zh-CN': string } }[]) =>
    report.filter((d) => d.code === 'role.unheld').map((d) => d.message['zh-CN']);

  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists each job role some account holds, with how many hold it', async () => {
    const res = await api.http
      .get('/api/roles')
      .set(await as('designer'))
      .expect(200);
    const roles = res.body as { role: string; users: number }[];
    expect(roles.map((r) => r.role)).toEqual([...roles.map((r) => r.role)].sort());
    expect(roles).toEqual(expect.arrayContaining([{ role: 'frontdesk', users: expect.any(Number) }]));
    expect(roles.every((r) => Number.isInteger(r.users) && r.users > 0)).toBe(true);
    expect(roles.find((r) => r.role === 'plumber')).toBeUndefined();
  });

  it('warns, without refusing, of a step for a role nobody holds, until someone holds it', async () => {
    const checked = await api.http
      .post('/api/blueprints/validate')
      .set(await as('designer'))
      .send(withPlumber())
      .expect(200);
    expect(checked.body.ok).toBe(true);
    expect(unheld(checked.body.report.diagnostics)).toEqual(['抢修：没有用户担任角色 plumber']);
    const saved = await api.http
      .put('/api/blueprints/repair/draft')
      .set(await as('designer'))
      .send(withPlumber())
      .expect(200);
    expect(unheld(saved.body.report)).toEqual(['抢修：没有用户担任角色 plumber']);

    await addUser(api, { username: 'wang.plumber', role: 'staff', jobRole: 'plumber', team: 'engineering' });
    const roles = await api.http
      .get('/api/roles')
      .set(await as('admin'))
      .expect(200);
    expect(roles.body).toEqual(expect.arrayContaining([{ role: 'plumber', users: 1 }]));
    const draft = await api.http
      .get('/api/blueprints/repair/draft')
      .set(await as('designer'))
      .expect(200);
    expect(unheld(draft.body.report)).toEqual([]);
  });
});
