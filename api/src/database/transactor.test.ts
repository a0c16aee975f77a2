import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { openDatabase } from './data-source.js';
import { dropDatabaseWhenClosed } from '../../test/support/harness.js';
import { Transactor } from './transactor.js';

describe('Transactor on SQLite (group commit)', () => {
  let dataSource: DataSource;
  let tx: Transactor;

  beforeAll(async () => {
    dataSource = await openDatabase({
      kind: 'sqlite',
      file: join(mkdtempSync(join(tmpdir(), 'frontstage-tx-')), 'tx.db'),
    });
    await dataSource.query('CREATE TABLE probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL)');
    tx = new Transactor(dataSource);
  });
  afterAll(async () => {
    await tx.onApplicationShutdown();
  });

  it('commits concurrent units and rolls back only the one that fails', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        tx.run(async (m) => {
          await m.query('INSERT INTO probe (id, note) VALUES (?, ?)', [i, `unit ${i}`]);
          if (i === 7) throw new Error('unit 7 fails after writing');
          return i;
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    const rows = (await dataSource.query('SELECT id FROM probe ORDER BY id')) as { id: number }[];
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 50 }, (_, i) => i).filter((i) => i !== 7));
  });

  it('undoes every write of a unit that fails alone in its batch', async () => {
    await expect(
      tx.run(async (m) => {
        await m.query('INSERT INTO probe (id, note) VALUES (?, ?)', [90, 'lonely']);
        throw new Error('fails after writing');
      }),
    ).rejects.toThrow('fails after writing');
    await tx.run(async (m) => m.query('INSERT INTO probe (id, note) VALUES (?, ?)', [91, 'next']));
    const rows = (await dataSource.query('SELECT id FROM probe WHERE id IN (90, 91)')) as { id: number }[];
    expect(rows.map((r) => r.id)).toEqual([91]);
  });

  it('runs units in arrival order, each seeing the writes of the units before it', async () => {
    const seen = await Promise.all(
      [100, 101, 102].map((id) =>
        tx.run(async (m) => {
          await m.query('INSERT INTO probe (id, note) VALUES (?, ?)', [id, 'ordered']);
          return (
            (await m.query("SELECT COUNT(*) AS n FROM probe WHERE note = 'ordered'")) as { n: number }[]
          )[0]!.n;
        }),
      ),
    );
    expect(seen).toEqual([1, 2, 3]);
  });

  it("flushes deferred work once, after the units, in their order, without a failed unit's items", async () => {
    const flushes: number[][] = [];
    const tail = {
      flush: async (m: EntityManager, items: number[]) => {
        flushes.push(items);
        for (const id of items) await m.query('INSERT INTO probe (id, note) VALUES (?, ?)', [id, 'deferred']);
      },
    };
    const results = await Promise.allSettled(
      [300, 301, 302].map((id) =>
        tx.run(async (m) => {
          expect(tx.defer(m, tail, id)).toBe(true);
          if (id === 301) throw new Error('unit 301 fails after deferring');
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(flushes).toEqual([[300, 302]]);
    const rows = (await dataSource.query("SELECT id FROM probe WHERE note = 'deferred' ORDER BY id")) as {
      id: number;
    }[];
    expect(rows.map((r) => r.id)).toEqual([300, 302]);
    expect(tx.defer(dataSource.manager, tail, 303)).toBe(false);
  });

  it('runs an alone unit in a transaction of its own, between the batches around it', async () => {
    const order: string[] = [];
    const unit = (name: string) => async (m: EntityManager) => {
      order.push(name);
      return ((await m.query('SELECT COUNT(*) AS n FROM probe')) as { n: number }[])[0]!.n;
    };
    await Promise.all([tx.run(unit('a')), tx.runAlone(unit('alone')), tx.run(unit('b'))]);
    expect(order).toEqual(['a', 'alone', 'b']);
  });

  it('answers a batch once its log sync resolves, gathering the units that arrive meanwhile into one commit', async () => {
    const held: (() => void)[] = [];
    let running = 0;
    const walSync = {
      sync: () =>
        new Promise<void>((resolve) => {
          running += 1;
          held.push(() => {
            running -= 1;
            resolve();
          });
        }),
      get busy() {
        return running > 0;
      },
      idle: async () => {
        while (running > 0) await new Promise((r) => setTimeout(r, 1));
      },
      stop: async () => undefined,
    };
    const pipelined = new Transactor(dataSource, dataSource, null, walSync);
    const announced: number[] = [];
    const tail = { flush: async () => undefined, committed: (items: number[]) => announced.push(...items) };
    const answered: number[] = [];
    const insert = (id: number) =>
      pipelined
        .run(async (m) => {
          pipelined.defer(m, tail, id);
          await m.query('INSERT INTO probe (id, note) VALUES (?, ?)', [id, 'synced']);
        })
        .then(() => answered.push(id));
    const tick = () => new Promise((r) => setTimeout(r, 5));
    const first = insert(400);
    while (held.length < 1) await tick();
    // Committed, not yet durable: in the database, not answered, not announced.
    expect(await dataSource.query('SELECT id FROM probe WHERE id = 400')).toEqual([{ id: 400 }]);
    const later = [insert(401), insert(402)];
    await tick();
    await tick();
    // Run, but held in an open batch while the first sync runs: no second commit, nothing answered.
    expect(held).toHaveLength(1);
    expect(answered).toEqual([]);
    expect(announced).toEqual([]);
    held[0]!();
    await first;
    expect(answered).toEqual([400]);
    while (held.length < 2) await tick();
    expect(answered).toEqual([400]);
    held[1]!();
    await Promise.all(later);
    expect(answered).toEqual([400, 401, 402]);
    expect(announced).toEqual([400, 401, 402]);
    expect(held).toHaveLength(2);
  });

  it('runs a unit the database asked to retry before shutdown closes the database', async () => {
    const own = new Transactor(
      await openDatabase({
        kind: 'sqlite',
        file: join(mkdtempSync(join(tmpdir(), 'frontstage-tx-')), 'r.db'),
      }),
    );
    let attempts = 0;
    const retried = own.run(async (m) => {
      attempts += 1;
      // What PostgreSQL answers a serialization failure with; the unit goes again after a pause.
      if (attempts === 1) throw Object.assign(new Error('could not serialize access'), { code: '40001' });
      return ((await m.query('SELECT 42 AS answer')) as { answer: number }[])[0]!.answer;
    });
    await new Promise((resolve) => setImmediate(resolve));
    await own.onApplicationShutdown();
    await expect(retried).resolves.toBe(42);
    expect(attempts).toBe(2);
    expect(own.dataSource.isInitialized).toBe(false);
  });

  it('accepts work queued right after a batch drained', async () => {
    await tx.run(async (m) => m.query('INSERT INTO probe (id, note) VALUES (200, ?)', ['a']));
    await Promise.resolve();
    await expect(
      tx.run(async (m) => {
        await m.query('INSERT INTO probe (id, note) VALUES (201, ?)', ['b']);
        return 'queued';
      }),
    ).resolves.toBe('queued');
    expect(await dataSource.query('SELECT id, note FROM probe WHERE id IN (200, 201) ORDER BY id')).toEqual([
      { id: 200, note: 'a' },
      { id: 201, note: 'b' },
    ]);
  });
});

describe('Transactor on PostgreSQL', () => {
  const admin = process.env.FRONTSTAGE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `frontstage_tx_${randomBytes(5).toString('hex')}`;
  let dataSource: DataSource;
  let tx: Transactor;
  const adminQuery = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };

  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    dataSource = await openDatabase({ kind: 'postgres', url: url.toString() });
    await dataSource.query(
      "CREATE TABLE probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL); INSERT INTO probe VALUES (1, 'a'), (2, 'b')",
    );
    tx = new Transactor(dataSource);
  });
  afterAll(async () => {
    await tx?.onApplicationShutdown();
    await dropDatabaseWhenClosed(name);
  });

  it('runs a deadlock victim again, so both units commit (two instances, opposite lock orders)', async () => {
    // Units of one instance share a batch and run one after another; a deadlock needs two instances.
    const other = new Transactor(dataSource);
    let arrived = 0;
    const bothLocked = async () => {
      arrived++;
      while (arrived < 2) await new Promise((r) => setTimeout(r, 5));
    };
    const lockInOrder = (instance: Transactor, first: number, second: number) =>
      instance.run(async (m) => {
        await m.query("UPDATE probe SET note = note || 'x' WHERE id = $1", [first]);
        await bothLocked();
        await m.query("UPDATE probe SET note = note || 'y' WHERE id = $1", [second]);
        return first;
      });
    // Opposite lock orders: PostgreSQL aborts one with 40P01 after deadlock_timeout; it is run again.
    await expect(Promise.all([lockInOrder(tx, 1, 2), lockInOrder(other, 2, 1)])).resolves.toEqual([1, 2]);
    const rows = (await dataSource.query('SELECT note FROM probe ORDER BY id')) as { note: string }[];
    expect(rows.map((r) => r.note.length)).toEqual([3, 3]);
  });
});
