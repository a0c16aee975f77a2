import { open, type FileHandle } from 'node:fs/promises';
import type { DataSource } from 'typeorm';

/**
 * Makes SQLite's commits durable off the event loop.
 *
 * With `synchronous = FULL` every COMMIT fsyncs the write-ahead log inside better-sqlite3's
 * synchronous call, so the event loop stops for as long as the disk takes (here 1 to 40 ms), and
 * every request waiting to be parsed, routed or answered waits with it: that was most of the API's
 * p99. With a WalSync the writer runs `synchronous = NORMAL` (in WAL mode: a commit writes its
 * frames, a crash can lose only the last commits, never corrupt the file) and the Transactor calls
 * `sync()` after each COMMIT and answers the batch only when it resolves: an fdatasync of the log
 * on libuv's thread pool. Every answered command is then on disk, as with FULL, while the event
 * loop serves requests and runs the next batch.
 *
 * Calls that arrive while an fdatasync runs share the next one (it may have started before their
 * commit), so a slow disk means fewer, larger syncs rather than a queue of them. Readers on other
 * connections may see a commit up to one fdatasync before it is durable; nothing is answered or
 * announced before.
 */
export class WalSync {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  private failure: Error | null = null;
  /** fdatasyncs started: the metrics' figure, and the tests'. */
  syncs = 0;

  private constructor(
    private readonly writer: DataSource,
    private readonly log: FileHandle,
  ) {}

  /** Takes over durability of a SQLite writer in WAL mode; null on PostgreSQL, whose commits do not block us. */
  static async start(writer: DataSource): Promise<WalSync | null> {
    if (writer.options.type !== 'better-sqlite3') return null;
    // The log exists from the writer's first statement in WAL mode and lives until the last connection closes.
    const log = await open(`${writer.options.database as string}-wal`, 'r');
    await writer.query('PRAGMA synchronous = NORMAL');
    return new WalSync(writer, log);
  }

  /** Resolves once every commit made before the call is on disk. */
  sync(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (!this.running) return this.begin();
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.begin();
      });
    return this.next;
  }

  /** True while an fdatasync runs or waits to run. */
  get busy(): boolean {
    return this.running !== null || this.next !== null;
  }

  /** Resolves when no fdatasync runs or waits (at once if none does); never rejects. */
  idle(): Promise<void> {
    return (this.next ?? this.running ?? Promise.resolve()).catch(() => undefined);
  }

  /** Waits for syncs under way, gives FULL back to the writer and closes the log. */
  async stop(): Promise<void> {
    await (this.next ?? this.running)?.catch(() => undefined);
    if (this.writer.isInitialized) await this.writer.query('PRAGMA synchronous = FULL');
    await this.log.close();
  }

  private begin(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.syncs += 1;
    const running: Promise<void> = this.log.datasync().then(
      () => {
        if (this.running === running) this.running = null;
      },
      (error: Error) => {
        // After a failed fsync the kernel may have dropped the dirty pages: nothing later can be called durable.
        this.failure = new Error(`The write-ahead log could not be synced to disk: ${error.message}`);
        if (this.running === running) this.running = null;
        throw this.failure;
      },
    );
    this.running = running;
    return running;
  }
}
