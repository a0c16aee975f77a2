import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DataSource } from 'typeorm';

/**
 * How often the worker copies the write-ahead log into the database file. Often, so each copy is
 * small: a checkpoint ends in an fsync of the database file, and the log's next sync waits behind
 * every page that fsync sends to the disk (figures: the README's benchmark section).
 */
const INTERVAL_MS = 50;
/** Log frames (4 KB pages) past which the log should start over: 64 MB (each start-over costs a pause). */
const RESTART_FRAMES = 16_384;
/** Frames appended during a catch-up checkpoint below which the rest is short enough to copy in a pause. */
const CAUGHT_UP_FRAMES = 256;
/** Longest a pause for the log to start over may hold commits back. */
const QUIET_LIMIT_MS = 1_000;

// Plain CommonJS run by the worker thread: its own connection, durable like the writer's.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 10000 });
db.pragma('synchronous = FULL');
parentPort.on('message', (message) => {
  if (message === 'close') { db.close(); parentPort.close(); return; }
  try { parentPort.postMessage({ ok: true, result: db.pragma('wal_checkpoint(PASSIVE)')[0] }); }
  catch (error) { parentPort.postMessage({ ok: false, error: String(error) }); }
});
`;

/** SQLite's answer to a checkpoint: frames in the log, and how many of them are in the database file. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * Checkpoints SQLite's write-ahead log on a worker thread.
 *
 * better-sqlite3 is synchronous, and by default the commit that fills the log past 1,000 pages
 * copies it into the database file and fsyncs it, on the event loop: every request waiting then
 * waits for that. With automatic checkpoints off on the writer, a worker thread with a connection
 * of its own runs PASSIVE checkpoints (they never block the writer) every INTERVAL_MS.
 *
 * The log starts over (is written again from its beginning) only when a write transaction begins
 * with every frame already copied. Under steady writes a concurrent checkpoint never gets there:
 * frames are appended while it copies, so under load the log only grows. So once the
 * log passes `restartFrames`, the worker checkpoints again until few frames arrive during one, and
 * asks for a pause (`wantsQuiet`): the Transactor, between two batches, awaits `quiet()`, a last
 * checkpoint of those few frames with nothing committing, and the next batch starts the log over.
 */
export class WalCheckpointer {
  private inFlight: Promise<CheckpointResult> | null = null;
  private cycling = false;
  private stopped = false;
  /** True when the log is long and nearly copied: a checkpoint with commits paused lets it start over. */
  wantsQuiet = false;

  private constructor(
    private readonly writer: DataSource,
    private readonly worker: Worker,
    private readonly timer: NodeJS.Timeout,
    private readonly restartFrames: number,
  ) {}

  /** Starts checkpointing for a SQLite writer; null on PostgreSQL, which checkpoints by itself. */
  static async start(
    writer: DataSource,
    intervalMs = INTERVAL_MS,
    restartFrames = RESTART_FRAMES,
  ): Promise<WalCheckpointer | null> {
    if (writer.options.type !== 'better-sqlite3') return null;
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        file: writer.options.database,
      },
    });
    worker.unref();
    await writer.query('PRAGMA wal_autocheckpoint = 0');
    let self: WalCheckpointer | null = null;
    const timer = setInterval(() => void self?.cycle().catch(() => undefined), intervalMs);
    timer.unref();
    self = new WalCheckpointer(writer, worker, timer, restartFrames);
    // A worker that died leaves the log to the writer again, rather than growing without end.
    worker.on('error', () => void self?.stop());
    return self;
  }

  /** Runs a checkpoint now (or joins the one running): frames in the log, and how many are in the file. */
  checkpoint(): Promise<CheckpointResult> {
    this.inFlight ??= new Promise<CheckpointResult>((resolve, reject) => {
      this.worker.once('message', (reply: { ok: boolean; result?: CheckpointResult; error?: string }) => {
        this.inFlight = null;
        if (reply.ok) resolve(reply.result!);
        else reject(new Error(`WAL checkpoint failed: ${reply.error}`));
      });
      this.worker.postMessage('checkpoint');
    });
    return this.inFlight;
  }

  /**
   * The last checkpoint, with commits paused by the caller: it copies every frame, so the next write
   * transaction starts the log over.
   */
  async quiet(): Promise<void> {
    if (this.stopped) return;
    // One under way began while commits were still coming: it may leave some behind.
    await this.inFlight?.catch(() => undefined);
    // Commits wait for this: a worker that stopped answering must not hold them for longer than a slow disk would.
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      this.checkpoint(),
      new Promise((done) => (timeout = setTimeout(done, QUIET_LIMIT_MS))),
    ]).finally(() => {
      clearTimeout(timeout);
      this.wantsQuiet = false;
    });
  }

  /** A timed checkpoint; past `restartFrames`, more until the log is nearly copied, then `wantsQuiet`. */
  private async cycle(): Promise<void> {
    if (this.cycling || this.wantsQuiet) return;
    this.cycling = true;
    try {
      let result = await this.checkpoint();
      if (result.log < this.restartFrames) return;
      for (let i = 0; i < 8; i++) {
        const before = result.log;
        result = await this.checkpoint();
        if (result.log - before < CAUGHT_UP_FRAMES) break;
      }
      this.wantsQuiet = !this.stopped && result.log >= this.restartFrames;
    } finally {
      this.cycling = false;
    }
  }

  /** Stops the worker and gives checkpoints back to the writer. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.wantsQuiet = false;
    clearInterval(this.timer);
    if (this.writer.isInitialized) await this.writer.query('PRAGMA wal_autocheckpoint = 1000');
    this.worker.postMessage('close');
    await new Promise<void>((done) => {
      const timeout = setTimeout(() => void this.worker.terminate().then(() => done()), 5_000);
      this.worker.once('exit', () => {
        clearTimeout(timeout);
        done();
      });
    });
  }
}
