import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../../src/database/sql.js';
import { DB_KINDS, startApi, tableCounts, type Api } from '../support/harness.js';
import { addSite, addUser } from '../support/site-fixture.js';

// Photos on tickets, on both databases: checked by content, stored once per content, linked with
// an audit entry naming their hash, read only by who may see them.

const PER_TICKET = 3;
const MAX_BYTES = 2_000_000;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const photo = (colour: string, size = 96) =>
  sharp({ create: { width: size, height: (size * 3) / 4, channels: 3, background: colour } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Someone', Copyright: 'GPS 31.2N 121.4E' } })
    .toBuffer();
/** Noise does not compress: a PNG of about `side`² × 3 bytes. */
const noisePng = (side: number) => {
  const raw = Buffer.alloc(side * side * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 2654435761) >>> 24;
  return sharp(raw, { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
};

describe.each(DB_KINDS)('attachments on %s', (kind) => {
  let api: Api;
  let dbDir: string;
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const upload = async (user: string, bytes: Buffer, name = 'photo.jpg', type = 'image/jpeg') =>
    api.http
      .post('/api/attachments')
      .set(await auth(user))
      .attach('file', bytes, { filename: name, contentType: type });
  const intake = async (user: string, body: object) =>
    (
      await api.http
        .post('/api/tickets')
        .set(await auth(user))
        .send({ facts: { description: '厨房水管漏水' }, ...body })
        .expect(201)
    ).body as { id: string; attachments: { hash: string }[] };
  const attachmentRows = async () => {
    const counts = await tableCounts(api.dataSource);
    return [counts.attachments, counts.attachment_uploads, counts.ticket_attachments, counts.audit_head_seq];
  };

  beforeAll(async () => {
    api = await startApi(kind, {
      env: {
        FRONTSTAGE_TICKET_ATTACHMENTS_MAX: String(PER_TICKET),
        FRONTSTAGE_ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
      },
    });
    // SQLite keeps the bytes in a folder beside its file (the default FRONTSTAGE_ATTACHMENTS_DIR).
    const file = String(api.dataSource.options.database ?? '');
    dbDir = file ? join(file, '..') : '';
    await addSite(api.dataSource, 'north', ['1-1-101']);
    await addSite(api.dataSource, 'south', ['1-1-101']);
    const desk = { role: 'staff', jobRole: 'frontdesk', team: 'customer_service' };
    await addUser(api, { username: 'n.desk', ...desk, sites: ['north'] });
    await addUser(api, { username: 'n.desk2', ...desk, sites: ['north'] });
    await addUser(api, { username: 's.desk', ...desk, sites: ['south'] });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('stores an upload re-encoded without its EXIF, once however often it is sent', async () => {
    const original = await photo('#3366cc');
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const first = await upload('n.desk', original);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ mime: 'image/jpeg', width: 96, height: 72 });
    expect(first.body.url).toBe(`/api/attachments/${first.body.hash}`);
    expect(first.body.thumbnailUrl).toBe(`/api/attachments/${first.body.hash}/thumbnail`);
    const before = await attachmentRows();
    const again = await upload('n.desk', original, 'copy.png', 'image/png');
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await attachmentRows()).toEqual(before);
    const read = await api.http
      .get(first.body.url)
      .set(await auth('n.desk'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const stored = read.body as Buffer;
    expect(read.headers['content-type']).toBe('image/jpeg');
    expect(read.headers['x-content-type-options']).toBe('nosniff');
    expect(sha(stored)).toBe(first.body.hash);
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(stored.includes(Buffer.from('GPS 31.2N'))).toBe(false);
    const thumb = await api.http
      .get(first.body.thumbnailUrl)
      .set(await auth('n.desk'))
      .expect(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    if (kind === 'sqlite')
      expect(existsSync(join(dbDir, 'attachments', first.body.hash.slice(0, 2), first.body.hash))).toBe(true);
    else {
      const [row] = await runSql<{ n: number | string }>(
        api.dataSource,
        'SELECT COUNT(*) AS n FROM attachment_blobs WHERE hash = $1',
        [first.body.hash],
      );
      expect(Number(row!.n)).toBe(1);
    }
  });

  it('refuses by content, naming the field file and storing nothing', async () => {
    const png = await noisePng(32);
    const before = await attachmentRows();
    const cases: [Buffer, string, number, string][] = [
      [
        Buffer.from('<!doctype html><html><script>alert(1)</script></html>'),
        'cat.jpg',
        415,
        'unsupported_media_type',
      ],
      [
        Buffer.concat([png.subarray(0, 8), Buffer.from('<html><script>alert(1)</script></html>')]),
        'poly.png',
        400,
        'validation_failed',
      ],
      [png.subarray(0, png.length - 40), 'cut.png', 400, 'validation_failed'],
      [Buffer.alloc(0), 'empty.jpg', 400, 'validation_failed'],
      [await noisePng(900), 'big.png', 413, 'payload_too_large'],
    ];
    for (const [bytes, name, status, error] of cases) {
      const res = await upload('n.desk', bytes, name);
      expect([name, res.status, res.body.error, res.body.details?.field]).toEqual([
        name,
        status,
        error,
        'file',
      ]);
    }
    const wrongField = await api.http
      .post('/api/attachments')
      .set(await auth('n.desk'))
      .attach('photo', png, 'p.png')
      .expect(400);
    expect(wrongField.body.details.field).toBe('file');
    const json = await api.http
      .post('/api/attachments')
      .set(await auth('n.desk'))
      .send({ file: 'x' })
      .expect(415);
    expect(json.body.details.field).toBe('file');
    expect(await attachmentRows()).toEqual(before);
  });

  it('takes a file larger than the JSON body limit, up to its own limit', async () => {
    const png = await noisePng(700);
    expect(png.length).toBeGreaterThan(1024 * 1024);
    const res = await upload('n.desk', png, 'noise.png', 'image/png');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mime: 'image/png', width: 700, height: 700 });
  });

  it('links photos at intake and later, audited by hash, at most the configured number', async () => {
    const hashes: string[] = [];
    for (const colour of ['#aa0000', '#00aa00', '#0000aa', '#aaaa00'])
      hashes.push((await upload('n.desk', await photo(colour))).body.hash);
    const ticket = await intake('n.desk', { attachments: [hashes[0]] });
    expect(ticket.attachments).toMatchObject([{ hash: hashes[0], linkedBy: 'n.desk', mime: 'image/jpeg' }]);
    const before = await attachmentRows();
    const tooMany = await api.http
      .post(`/api/tickets/${ticket.id}/attachments`)
      .set(await auth('n.desk'))
      .send({ hashes: hashes.slice(1) })
      .expect(400);
    expect(tooMany.body.details.field).toBe('hashes');
    expect(await attachmentRows()).toEqual(before);
    const linked = await api.http
      .post(`/api/tickets/${ticket.id}/attachments`)
      .set(await auth('n.desk'))
      .send({ hashes: [hashes[1], hashes[2], hashes[0]] })
      .expect(200);
    expect(linked.body.map((a: { hash: string }) => a.hash)).toEqual(hashes.slice(0, 3));
    const detail = await api.http
      .get(`/api/tickets/${ticket.id}`)
      .set(await auth('n.desk2'))
      .expect(200);
    expect(detail.body.attachments.map((a: { hash: string }) => a.hash)).toEqual(hashes.slice(0, 3));
    // Another desk of the site reads them through the ticket.
    await api.http
      .get(`/api/attachments/${hashes[1]}`)
      .set(await auth('n.desk2'))
      .expect(200);
    const history = await api.http
      .get(`/api/tickets/${ticket.id}/history`)
      .set(await auth('auditor'))
      .expect(200);
    const attach = history.body.find((e: { command: string }) => e.command === 'ticket.attach');
    expect(attach.data.attachments.map((a: { hash: string }) => a.hash)).toEqual([hashes[1], hashes[2]]);
    expect(history.body[0].trace.attachments).toMatchObject([{ hash: hashes[0], mime: 'image/jpeg' }]);
    const verified = await api.http
      .get('/api/audit/verify')
      .set(await auth('auditor'))
      .expect(200);
    expect(verified.body).toMatchObject({ ok: true });
  });

  it('hides attachments from another site, and unlinked uploads from all but their uploader', async () => {
    const mine = (await upload('n.desk', await photo('#123456'))).body.hash as string;
    const ticket = await intake('n.desk', { attachments: [mine] });
    const theirs = (await upload('s.desk', await photo('#654321'))).body.hash as string;
    await api.http
      .get(`/api/attachments/${theirs}`)
      .set(await auth('s.desk'))
      .expect(200);
    for (const [user, hash] of [
      ['s.desk', mine],
      ['n.desk', theirs],
      ['n.desk2', theirs],
    ] as const) {
      const res = await api.http
        .get(`/api/attachments/${hash}`)
        .set(await auth(user))
        .expect(404);
      expect(res.body.error).toBe('not_found');
      await api.http
        .get(`/api/attachments/${hash}/thumbnail`)
        .set(await auth(user))
        .expect(404);
    }
    const unknown = 'f'.repeat(64);
    await api.http
      .get(`/api/attachments/${unknown}`)
      .set(await auth('n.desk'))
      .expect(404);
    await api.http
      .get('/api/attachments/not-a-hash')
      .set(await auth('n.desk'))
      .expect(400);
    // Linking another's upload is refused as if it did not exist; another site's ticket is not found.
    const before = await attachmentRows();
    const refused = await api.http
      .post(`/api/tickets/${ticket.id}/attachments`)
      .set(await auth('n.desk'))
      .send({ hashes: [theirs] })
      .expect(400);
    expect(refused.body.details.field).toBe('hashes.0');
    await api.http
      .post(`/api/tickets/${ticket.id}/attachments`)
      .set(await auth('s.desk'))
      .send({ hashes: [theirs] })
      .expect(404);
    const atIntake = await api.http
      .post('/api/tickets')
      .set(await auth('s.desk'))
      .send({ facts: { description: 'x' }, attachments: [theirs, mine] })
      .expect(400);
    expect(atIntake.body.details.field).toBe('attachments.1');
    expect(await attachmentRows()).toEqual(before);
    // A designer has no reading role at all.
    await api.http
      .get(`/api/attachments/${mine}`)
      .set(await auth('designer'))
      .expect(403);
  });
});
