import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Transactor } from '../../src/database/transactor.js';
import type { WalSync } from '../../src/database/wal-sync.js';
import { startApi, type Api } from '../support/harness.js';

describe('one port for the API and the built editor', () => {
  let api: Api;

  beforeAll(async () => {
    const editor = mkdtempSync(join(tmpdir(), 'frontstage-editor-'));
    mkdirSync(join(editor, 'assets'));
    writeFileSync(
      join(editor, 'index.html'),
      '<!doctype html><title>Frontstage</title><div id="root"></div>',
    );
    writeFileSync(
      join(editor, 'resident.html'),
      '<!doctype html><title>报事报修</title><div id="root"></div>',
    );
    writeFileSync(join(editor, 'assets', 'app.js'), 'console.log("editor")');
    api = await startApi('sqlite', { editorDir: editor });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('serves the editor, its assets, and index.html for client-side routes', async () => {
    const index = await api.http.get('/').expect(200);
    expect(index.text).toContain('<title>Frontstage</title>');
    const asset = await api.http.get('/assets/app.js').expect(200);
    expect(asset.headers['content-type']).toContain('javascript');
    const route = await api.http.get('/tickets/42').expect(200);
    expect(route.headers['content-type']).toContain('text/html');
    expect(route.text).toContain('id="root"');
  });

  it('serves the residents’ light entry (resident.html) at /r/ and every page under it', async () => {
    for (const path of ['/r', '/r/', '/r/new', '/r/tickets/42', '/r/t/abc?x=1']) {
      const page = await api.http.get(path).expect(200);
      expect(page.text, path).toContain('<title>报事报修</title>');
    }
    expect((await api.http.get('/rules').expect(200)).text).toContain('<title>Frontstage</title>');
  });

  it('keeps unknown API paths a JSON 404', async () => {
    const res = await api.http.get('/api/nowhere').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'not_found' });
  });

  it('serves the OpenAPI document and its UI', async () => {
    const doc = await api.http.get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/tickets', '/api/tickets/{id}/events', '/api/audit/verify']),
    );
    const events =
      doc.body.paths['/api/tickets/{id}/events'].post.requestBody.content['application/json'].schema;
    // The version goes in the body or as If-Match: the body alone no longer requires it.
    expect(events.required).toEqual(['type']);
    expect(events.properties.expectedVersion).toEqual({
      type: 'integer',
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
      description: 'The ticket version the command is for; required unless If-Match names it',
    });
    // A blueprint body is the engine's Blueprint schema, held once as a component.
    const draft = doc.body.paths['/api/blueprints/{key}/draft'].put;
    expect(draft.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Blueprint',
    });
    expect(doc.body.components.schemas.Blueprint.required).toEqual([
      'key',
      'name',
      'class',
      'steps',
      'flows',
    ]);
    expect(draft.parameters).toEqual([
      expect.objectContaining({ name: 'key', in: 'path', required: true }),
      expect.objectContaining({ name: 'If-Match', in: 'header', required: false }),
    ]);
    expect(draft.operationId).toBe('saveBlueprintDraft');
    await api.http.get('/api/docs').expect(200);
  });

  it('reports tickets and request latency as Prometheus metrics', async () => {
    const auth = { authorization: `Bearer ${await api.token('frontdesk')}` };
    await api.http
      .post('/api/tickets')
      .set(auth)
      .send({ facts: { waterFlowing: true } })
      .expect(201);
    const res = await api.http
      .get('/api/metrics')
      .set({ authorization: `Bearer ${await api.token('supervisor')}` })
      .expect(200);
    expect(res.text).toMatch(
      /frontstage_tickets\{blueprint="water-leak",state="respond",class="emergency",status="open"\} 1/,
    );
    expect(res.text).toContain('frontstage_sla_breaches 0');
    expect(res.text).toContain(
      'frontstage_http_request_duration_seconds_count{method="POST",route="/api/tickets",status="201"} 1',
    );
  });
});

describe('start-up', () => {
  it('runs SQLite in WAL mode, every answered write synced: the log fdatasync-ed off the event loop', async () => {
    const api = await startApi('sqlite');
    try {
      expect(await api.dataSource.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      // NORMAL: the COMMIT leaves the fsync to the WalSync, which runs before any answer.
      expect(await api.dataSource.query('PRAGMA synchronous')).toEqual([{ synchronous: 1 }]);
      const walSync = api.app.get(Transactor).walSync as WalSync;
      const before = walSync.syncs;
      await api.http
        .post('/api/tickets')
        .set({ authorization: `Bearer ${await api.token('frontdesk')}` })
        .send({ facts: { waterFlowing: true } })
        .expect(201);
      expect(walSync.syncs).toBeGreaterThan(before);
    } finally {
      await api.close();
    }
  });

  it('keeps the fsync inside the commit (synchronous=FULL) with FRONTSTAGE_SQLITE_SYNC=full', async () => {
    const api = await startApi('sqlite', { env: { FRONTSTAGE_SQLITE_SYNC: 'full' } });
    try {
      expect(await api.dataSource.query('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]);
      expect(api.app.get(Transactor).walSync).toBeNull();
    } finally {
      await api.close();
    }
  });

  it('seeds no demo users in production', async () => {
    const api = await startApi('sqlite', { production: true });
    try {
      expect(await api.dataSource.query('SELECT COUNT(*) AS n FROM users')).toEqual([{ n: 0 }]);
      await api.http
        .post('/api/auth/login')
        .send({ username: 'admin', password: 'demo-password-for-tests' })
        .expect(401);
    } finally {
      await api.close();
    }
  });
});
