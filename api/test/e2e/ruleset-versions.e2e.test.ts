import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, FIXTURES, startApi, type Api } from '../support/harness.js';

const ruleset = () =>
  JSON.parse(readFileSync(join(FIXTURES, 'ruleset.json'), 'utf8')) as Record<string, unknown>;

describe.each(DB_KINDS)(
  'the ruleset’s versions, each with its change note, author and time, on %s',
  (kind) => {
    let api: Api;
    const auth = async (username: string) => ({ authorization: `Bearer ${await api.token(username)}` });

    beforeAll(async () => {
      api = await startApi(kind);
    });
    afterAll(async () => {
      await api?.close();
    });

    it('publishes a ruleset with its change note and lists it first, with who and when', async () => {
      const designer = await auth('designer');
      const next = ruleset();
      next.name = { 'zh-CN': '分类规则（夜间）', en: 'Classification (night)' };
      const published = await api.http
        .post('/api/rules/publish')
        .set(designer)
        .send({ ruleset: next, note: '  夜间跑水直接派工程  ' })
        .expect(200);
      expect(published.body.created).toBe(true);
      const { body: versions } = await api.http.get('/api/rules/versions').set(designer).expect(200);
      expect(versions[0]).toMatchObject({
        version: published.body.version,
        publishedBy: 'designer',
        note: '夜间跑水直接派工程',
      });
      expect(Date.parse(versions[0].publishedAt)).not.toBeNaN();
      const { body: one } = await api.http
        .get(`/api/rules/versions/${published.body.version}`)
        .set(designer)
        .expect(200);
      expect(one.note).toBe('夜间跑水直接派工程');
      expect(one.ruleset.name['zh-CN']).toBe('分类规则（夜间）');
      // A version published by PUT (no room for a note) lists a null note.
      const seeded = versions.find((v: { version: number }) => v.version < published.body.version);
      expect(seeded.note).toBeNull();
    });

    it('refuses the front desk (403) and a blank note (400 naming the note), saving nothing', async () => {
      const before = await api.http
        .get('/api/rules/versions')
        .set(await auth('designer'))
        .expect(200);
      const frontdesk = await auth('frontdesk');
      await api.http
        .post('/api/rules/publish')
        .set(frontdesk)
        .send({ ruleset: ruleset(), note: 'x' })
        .expect(403);
      await api.http.get('/api/rules/versions').set(frontdesk).expect(403);
      const changed = { ...ruleset(), name: { 'zh-CN': '另一版', en: 'Another' } };
      const blank = await api.http
        .post('/api/rules/publish')
        .set(await auth('designer'))
        .send({ ruleset: changed, note: '   ' })
        .expect(400);
      expect(blank.body.details.field).toBe('note');
      const after = await api.http
        .get('/api/rules/versions')
        .set(await auth('designer'))
        .expect(200);
      expect(after.body).toHaveLength(before.body.length);
    });
  },
);
