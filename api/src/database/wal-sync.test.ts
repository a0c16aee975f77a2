import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { openDatabase } from './data-source.js';
import { WalSync } from './wal-sync.js';

const synchronous = async (db: DataSource) =>
  ((await db.query('PRAGMA synchronous')) as { synchronous: number }[])[0]?.synchronous;

describe('WalSync', () => {
  let writer: DataSource;
  let walSync: WalSync;

  beforeAll(async () => {
    writer = await openDatabase({
      kind: 'sqlite',
      file: join(mkdtempSync(join(tmpdir(), 'frontstage-walsync-')), 'sync.db'),
    });
    walSync = (await WalSync.start(writer))!;
  });
  afterAll(async () => {
    await walSync.stop();
    await writer.destroy();
  });

  it('takes the commit fsync off the writer (NORMAL) and gives FULL back when it stops', async () => {
    expect(await synchronous(writer)).toBe(1);
    const other = (await WalSync.start(writer))!;
    await other.stop();
    expect(await synchronous(writer)).toBe(2);
    await writer.query('PRAGMA synchronous = NORMAL');
  });

  it('shares one fdatasync among the calls that arrive while another runs', async () => {
    await writer.query('CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY)');
    const before = walSync.syncs;
    const first = walSync.sync();
    // These arrive while `first` runs: it may have started before their commits, so they get one more.
    await writer.query('INSERT INTO probe (id) VALUES (1)');
    const later = Array.from({ length: 20 }, () => walSync.sync());
    expect(later.every((p) => p === later[0])).toBe(true);
    expect(later[0]).not.toBe(first);
    await Promise.all([first, ...later]);
    expect(walSync.syncs - before).toBe(2);
    await walSync.sync();
    expect(walSync.syncs - before).toBe(3);
  });

  it('is not started on PostgreSQL', async () => {
    expect(await WalSync.start({ options: { type: 'postgres' } } as DataSource)).toBeNull();
  });
});
