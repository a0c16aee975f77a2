import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { runSql } from '../database/sql.js';
import type { Transactor } from '../database/transactor.js';

/**
 * Where attachment bytes live, named by the SHA-256 of those bytes: putting the same content twice
 * stores it once, and content never changes under its name. Chosen by the database's kind. Bytes
 * are put before the rows that name them, so no row names missing bytes (bytes no row names, left
 * by a crash between the two, are harmless: the next upload of that content finds them).
 */
export abstract class AttachmentStore {
  /** Stores `content` under `hash` unless it is there already. */
  abstract put(hash: string, content: Buffer): Promise<void>;
  /** The bytes stored under `hash`, or null. */
  abstract get(hash: string): Promise<Buffer | null>;
}

/** SQLite's deployments: files in a folder beside the database, two hex digits of fan-out. */
export class FileAttachmentStore extends AttachmentStore {
  constructor(private readonly dir: string) {
    super();
  }

  private path(hash: string): string {
    return join(this.dir, hash.slice(0, 2), hash);
  }

  async put(hash: string, content: Buffer): Promise<void> {
    const path = this.path(hash);
    if (existsSync(path)) return;
    await mkdir(join(this.dir, hash.slice(0, 2)), { recursive: true });
    // Written aside and renamed: a reader never sees half a file under its final name.
    const partial = `${path}.${process.pid}.${Date.now()}.part`;
    await writeFile(partial, content, { flush: true });
    await rename(partial, path);
  }

  async get(hash: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(hash));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}

/** PostgreSQL's deployments: a bytea table, so every API instance behind a load balancer reads the same. */
export class DatabaseAttachmentStore extends AttachmentStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: Transactor,
  ) {
    super();
  }

  async put(hash: string, content: Buffer): Promise<void> {
    await this.tx.run((m) =>
      runSql(
        m,
        'INSERT INTO attachment_blobs (hash, content) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING',
        [hash, content],
      ),
    );
  }

  async get(hash: string): Promise<Buffer | null> {
    const [row] = await runSql<{ content: Buffer }>(
      this.dataSource,
      'SELECT content FROM attachment_blobs WHERE hash = $1',
      [hash],
    );
    return row?.content ?? null;
  }
}
