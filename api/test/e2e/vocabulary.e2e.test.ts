import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, startApi, type Api } from '../support/harness.js';

describe('the vocabulary: the words of the published content, for every screen', () => {
  let api: Api;
  const auth = async (username: string) => ({ authorization: `Bearer ${await api.token(username)}` });

  beforeAll(async () => {
    api = await startApi('sqlite');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('names blueprints, steps, facts and the engine events for any signed-in user', async () => {
    const { body } = await api.http
      .get('/api/vocabulary')
      .set(await auth('auditor'))
      .expect(200);
    expect(body.blueprints['water-leak']['zh-CN']).toMatch(/\p{Script=Han}/u);
    expect(Object.keys(body.steps.repair)).toContain('dispatch');
    expect(body.events.INTAKE).toEqual({ 'zh-CN': '受理', en: 'Intake' });
    expect(body.roles.customer['zh-CN']).toBe('客户');
    await api.http.get('/api/vocabulary').expect(401);
  });

  it('takes up the words of a newly published version at once', async () => {
    const designer = await auth('designer');
    const before = await api.http.get('/api/vocabulary').set(designer).expect(200);
    expect(before.body.events.DISPATCHED).toBeUndefined();
    const repair = JSON.parse(readFileSync(join(FIXTURES, 'repair.json'), 'utf8'));
    repair.events = { DISPATCHED: { 'zh-CN': '已派工', en: 'Dispatched' } };
    repair.roles = { engineer: { 'zh-CN': '工程师', en: 'Engineer' } };
    await api.http.put('/api/blueprints/repair/draft').set(designer).send(repair).expect(200);
    await api.http.post('/api/blueprints/repair/publish').set(designer).expect(200);
    const after = await api.http.get('/api/vocabulary').set(designer).expect(200);
    expect(after.body.events.DISPATCHED).toEqual({ 'zh-CN': '已派工', en: 'Dispatched' });
    expect(after.body.roles.engineer['zh-CN']).toBe('工程师');
  });
});
