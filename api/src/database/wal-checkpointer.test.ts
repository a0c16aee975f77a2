import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { openDatabase } from './data-source.js';
import { WalCheckpointer } from './wal-checkpointer.js';

describe('WalCheckpointer', () => {
  let writer: DataSource;
  let checkpointer: WalCheckpointer;

  beforeAll(async () => {
    writer = await openDatabase({
      kind: 'sqlite',
      file: join(mkdtempSync(join(tmpdir(), 'frontstage-wal-')), 'wal.db'),
    });
    checkpointer = (await WalCheckpointer.start(writer, 60_000))!;
  });
  afterAll(async () => {
    await checkpointer.stop();
    await writer.destroy();
  });

  it('takes checkpoints off the writer, and copies every committed frame into the database file', async () => {
    const [auto] = (await writer.query('PRAGMA wal_autocheckpoint')) as { wal_autocheckpoint: number }[];
    expect(auto?.wal_autocheckpoint).toBe(0);
    await writer.query('CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    // Well past the 1,000 pages at which the writer would have checkpointed by itself.
    for (let i = 0; i < 120; i++)
      await writer.query(
        `INSERT INTO filler (body) SELECT hex(randomblob(2000)) FROM (SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10)`,
      );
    const result = await checkpointer.checkpoint();
    expect(result.log).toBeGreaterThan(1000);
    expect(result.checkpointed).toBe(result.log);
    const [{ n }] = (await writer.query('SELECT COUNT(*) AS n FROM filler')) as [{ n: number }];
    expect(n).toBe(1200);
  });

  it('gives checkpoints back to the writer when it stops', async () => {
    const other = (await WalCheckpointer.start(writer, 60_000))!;
    await other.stop();
    const [auto] = (await writer.query('PRAGMA wal_autocheckpoint')) as { wal_autocheckpoint: number }[];
    expect(auto?.wal_autocheckpoint).toBe(1000);
    await writer.query('PRAGMA wal_autocheckpoint = 0');
  });

  it('is not started on PostgreSQL', async () => {
    expect(await WalCheckpointer.start({ options: { type: 'postgres' } } as DataSource)).toBeNull();
  });
});
