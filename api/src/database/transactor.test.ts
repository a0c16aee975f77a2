import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { openDatabase } from './data-source.js';
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

  it('accepts work queued right after a batch drained', async () => {
    await tx.run(async (m) => m.query('INSERT INTO probe (id, note) VALUES (200, ?)', ['a']));
    await Promise.resolve();
    await expect(
      tx.run(async (m) => m.query('INSERT INTO probe (id, note) VALUES (201, ?)', ['b'])),
    ).resolves.toBeDefined();
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
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('runs a deadlock victim again, so both units commit', async () => {
    let arrived = 0;
    const bothLocked = async () => {
      arrived++;
      while (arrived < 2) await new Promise((r) => setTimeout(r, 5));
    };
    const lockInOrder = (first: number, second: number) =>
      tx.run(async (m) => {
        await m.query("UPDATE probe SET note = note || 'x' WHERE id = $1", [first]);
        await bothLocked();
        await m.query("UPDATE probe SET note = note || 'y' WHERE id = $1", [second]);
        return first;
      });
    // Opposite lock orders: PostgreSQL aborts one with 40P01 after deadlock_timeout; it is run again.
    await expect(Promise.all([lockInOrder(1, 2), lockInOrder(2, 1)])).resolves.toEqual([1, 2]);
    const rows = (await dataSource.query('SELECT note FROM probe ORDER BY id')) as { note: string }[];
    expect(rows.map((r) => r.note.length)).toEqual([3, 3]);
  });
});
