import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { openDatabase } from './data-source.js';
import { Transactor } from './transactor.js';
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

  it('keeps the log from growing under steady writes: it starts over after a checkpoint between batches', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'frontstage-wal-steady-')), 'steady.db');
    const steady = await openDatabase({ kind: 'sqlite', file });
    await steady.query('CREATE TABLE steady (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    // Checkpoints every 5 ms and a restart past 64 frames (256 KB), so a short test sees many.
    const tx = new Transactor(steady, steady, await WalCheckpointer.start(steady, 5, 64));
    let written = 0;
    let largest = 0;
    // Batches back to back, never a moment without one: a checkpoint alone never catches up.
    let running: Promise<unknown> = tx.run(async () => undefined);
    // Until the log has started over (it holds under half of what was written), past 24 MB. How soon it
    // does depends on the machine's load, so the deadline only catches a log that never starts over.
    const deadline = Date.now() + 45_000;
    const startedOver = () => written >= 24 * 1024 * 1024 && largest < written / 2;
    while (!startedOver() && Date.now() < deadline) {
      const next = Promise.all(
        Array.from({ length: 8 }, () =>
          tx.run((m) => m.query('INSERT INTO steady (body) VALUES (hex(randomblob(8000)))')),
        ),
      );
      await running;
      running = next;
      written += 8 * 16_000;
      largest = Math.max(largest, statSync(`${file}-wal`).size);
    }
    await running;
    await tx.onApplicationShutdown();
    // Without the pause the log holds every byte written; with it, 4-6 MB of 24 MB on an idle machine.
    expect(largest).toBeLessThan(written / 2);
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
