// The baseline of `npm run bench:api`: bare Fastify + better-sqlite3 doing the same durable writes
// per ticket event as the API (read, version-checked update, hash-chained audit insert, head update),
// one transaction per request, without Nest, TypeORM or the engine.
// Tickets start at version 2 in "dispatch", as the API's do once recorded.
// Usage: node test/bench/api-bare-server.mjs <port> <sqlite file> <tickets>
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { createHash } from 'node:crypto';
import process from 'node:process';

const [port, file, count] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4] ?? 50)];
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(`CREATE TABLE IF NOT EXISTS tickets (id TEXT PRIMARY KEY, state TEXT NOT NULL, version INTEGER NOT NULL, snapshot TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY, at TEXT, ticket_id TEXT, event TEXT, data TEXT, prev_hash TEXT, hash TEXT);
CREATE TABLE IF NOT EXISTS head (id INTEGER PRIMARY KEY, seq INTEGER, hash TEXT);
INSERT OR IGNORE INTO head VALUES (1, 0, '${'0'.repeat(64)}');`);
const insertTicket = db.prepare('INSERT OR IGNORE INTO tickets VALUES (?, ?, 2, ?)');
for (let i = 0; i < count; i++)
  insertTicket.run(`t${i}`, 'dispatch', JSON.stringify({ state: 'dispatch', path: [] }));
const get = db.prepare('SELECT * FROM tickets WHERE id = ?');
const update = db.prepare(
  'UPDATE tickets SET state = ?, version = ?, snapshot = ? WHERE id = ? AND version = ?',
);
const head = db.prepare('SELECT seq, hash FROM head WHERE id = 1');
const append = db.prepare('INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?)');
const moveHead = db.prepare('UPDATE head SET seq = ?, hash = ? WHERE id = 1');
const NEXT = { dispatch: 'fix', fix: 'callback', callback: 'dispatch' };

const command = db.transaction((id, body) => {
  const row = get.get(id);
  if (!row) return { status: 404 };
  if (row.version !== body.expectedVersion) return { status: 409 };
  const state = NEXT[row.state];
  const snapshot = JSON.parse(row.snapshot);
  snapshot.state = state;
  snapshot.path.push(state);
  if (update.run(state, row.version + 1, JSON.stringify(snapshot), id, row.version).changes !== 1)
    return { status: 409 };
  const h = head.get();
  const at = new Date().toISOString();
  const content = JSON.stringify({
    seq: h.seq + 1,
    at,
    ticketId: id,
    event: body.type,
    data: body.data ?? null,
  });
  const hash = createHash('sha256')
    .update(h.hash + content)
    .digest('hex');
  append.run(h.seq + 1, at, id, body.type, JSON.stringify(body.data ?? null), h.hash, hash);
  moveHead.run(h.seq + 1, hash);
  return { status: 200, body: { id, state, version: row.version + 1 } };
});

const app = Fastify({ genReqId: (req) => String(req.headers['x-request-id'] ?? '') });
app.addHook('onRequest', async (req, reply) => {
  reply.header('x-request-id', req.id);
});
app.post('/api/tickets/:id/events', async (req, reply) => {
  const result = command(req.params.id, req.body);
  return reply.status(result.status).send(result.body ?? { statusCode: result.status });
});
await app.listen({ port, host: '127.0.0.1' });
process.stdout.write('ready\n');
