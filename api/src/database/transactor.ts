import type { DataSource, EntityManager } from 'typeorm';
import { ApiError } from '../common/api-error.js';
import type { WalCheckpointer } from './wal-checkpointer.js';
import type { WalSync } from './wal-sync.js';

type UnitWork = (manager: EntityManager) => Promise<unknown>;

interface Unit {
  work: UnitWork;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** Runs in a transaction of its own (see `runAlone`). */
  alone: boolean;
  attempts: number;
}

/**
 * Work a unit leaves for the end of its batch: `flush` runs once, after every unit, with the items
 * of the units that succeeded, in their order. The audit log appends this way, so the chain head
 * is locked only from the flush to the commit.
 */
export interface BatchTail<T> {
  flush(manager: EntityManager, items: T[]): Promise<void>;
  /** After the commit, with the same items (before any caller is answered). */
  committed?(items: T[]): void;
}

/** The batch a manager belongs to while its units run. */
interface OpenBatch {
  /** What the unit running now has deferred; moved to `kept` if the unit succeeds. */
  current: Map<BatchTail<unknown>, unknown[]>;
  kept: Map<BatchTail<unknown>, unknown[]>;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Most units of work one commit carries. */
const MAX_BATCH = 128;
/** PostgreSQL's "roll back and try again": serialization failure, deadlock detected. */
const RETRYABLE = new Set(['40001', '40P01']);
/** Attempts of one unit on PostgreSQL before the caller gets a 409 instead. */
const ATTEMPTS = 3;

const driverCode = (error: unknown): string =>
  (error as { driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code ?? '';

const retryLater = () =>
  new ApiError(
    'conflict',
    'The database could not order this command with concurrent ones; nothing was applied, send it again',
    { retryable: true },
  );

/**
 * Runs write transactions, group-committed on both databases.
 *
 * One durable commit costs an fsync, and the audit chain's head is a single row every command
 * moves, so one commit per command caps a server at the disk's fsync rate (SQLite) or at one
 * head-lock holder per fsync across all instances (PostgreSQL). Concurrent units of work therefore
 * share a batch: one transaction, the units one after another, deferred work (audit appends, live
 * updates) flushed after the last unit, then one COMMIT. A failing unit is undone alone (see
 * `commitBatch`). Every caller is answered only after that COMMIT is durable, so nothing is
 * acknowledged before it is on disk. On SQLite with a WalSync the COMMIT does not wait for the disk:
 * the next batch runs while the log is synced off the event loop, and the batch's callers are
 * answered (and its live updates sent) when the sync resolves.
 *
 * On PostgreSQL a unit the server rolled back as a deadlock victim or serialization failure is
 * queued again (work must be safe to repeat: it only touches the transaction), at most ATTEMPTS
 * times, then answered as a 409 `conflict`, never a 5xx. A batch whose flush or commit fails that
 * way is queued again whole.
 */
export class Transactor {
  private readonly queue: Unit[] = [];
  private draining: Promise<void> | null = null;
  private readonly open = new WeakMap<EntityManager, OpenBatch>();
  /** Committed batches waiting for their log sync before their callers are answered. */
  private readonly syncing = new Set<Promise<void>>();
  /** Units waiting out their pause before they are queued again (see `requeue`). */
  private readonly retrying = new Set<Promise<void>>();
  /** Wakes a batch that waits for more units (see `gather`). */
  private arrived: (() => void) | null = null;

  constructor(
    readonly dataSource: DataSource,
    private readonly reader: DataSource = dataSource,
    private readonly checkpointer: WalCheckpointer | null = null,
    /** SQLite only; in tests, a stand-in with the same members that holds syncs back. */
    readonly walSync: Pick<WalSync, 'sync' | 'stop' | 'busy' | 'idle'> | null = null,
  ) {}

  get isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }

  /** Runs `work` in the next batch; resolves after the batch commits. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.enqueue(work, false);
  }

  /**
   * Runs `work` in a transaction of its own, for work that must lock the audit head in the middle
   * (it needs the appended entry's seq): batched with other units it would hold the head while
   * they wait for their rows.
   */
  runAlone<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.enqueue(work, true);
  }

  /**
   * Leaves `item` for `tail` to flush at the end of the batch `manager` belongs to, dropped if the
   * current unit fails. False when `manager` is not a batch's (the caller does the work now).
   */
  defer<T>(manager: EntityManager, tail: BatchTail<T>, item: T): boolean {
    const batch = this.open.get(manager);
    if (!batch) return false;
    const items = batch.current.get(tail as BatchTail<unknown>) ?? [];
    items.push(item);
    batch.current.set(tail as BatchTail<unknown>, items);
    return true;
  }

  /** Called by Nest at shutdown: waits for queued work, then closes the database. */
  async onApplicationShutdown(): Promise<void> {
    // Work begets work (a retry queued by a batch, a batch started by a retry): wait until none is left.
    while (this.draining || this.retrying.size > 0 || this.syncing.size > 0)
      await Promise.all([this.draining, ...this.retrying, ...this.syncing]);
    await this.walSync?.stop();
    await this.checkpointer?.stop();
    if (this.reader !== this.dataSource && this.reader.isInitialized) await this.reader.destroy();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  private enqueue<T>(work: (manager: EntityManager) => Promise<T>, alone: boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject, alone, attempts: 0 });
      this.arrived?.();
      this.draining ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    for (;;) {
      // Between batches, nothing committing: the moment the checkpointer needs for the log to start over.
      if (this.checkpointer?.wantsQuiet) await this.checkpointer.quiet().catch(() => undefined);
      // Let requests that arrived during the last commit join this batch.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = this.takeBatch();
      if (batch.length === 0) {
        // Cleared in the same synchronous step as the emptiness check, so no unit is ever stranded.
        this.draining = null;
        return;
      }
      await this.commitBatch(batch);
    }
  }

  /** The next batch: queued units up to MAX_BATCH, or one unit that runs alone. */
  private takeBatch(): Unit[] {
    if (this.queue[0]?.alone) return this.queue.splice(0, 1);
    return this.takeUnits(MAX_BATCH);
  }

  /** Up to `limit` queued units, stopping before the first that runs alone. */
  private takeUnits(limit: number): Unit[] {
    const end = this.queue.findIndex((u) => u.alone);
    return this.queue.splice(0, Math.min(limit, end === -1 ? this.queue.length : end));
  }

  /**
   * Runs a batch in one transaction. Most batches fail nowhere, so units first run bare; if one
   * fails, the transaction is rolled back and the batch runs again with a SAVEPOINT per unit, so
   * only the failing unit is undone (units are safe to repeat). Savepoints cost two round trips per
   * unit on PostgreSQL, where each round trip is most of a unit's time.
   */
  private async commitBatch(batch: Unit[], savepoints = false): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const open: OpenBatch = { current: new Map(), kept: new Map() };
    const outcomes: Outcome[] = [];
    try {
      await runner.startTransaction();
      this.open.set(runner.manager, open);
      for (let i = 0; i < batch.length || (!savepoints && (await this.gather(batch))); i++) {
        const unit = batch[i]!;
        const outcome = await this.runUnit(runner.manager, unit, open, savepoints);
        if (!outcome.ok && !savepoints) {
          // Without a savepoint a failed unit's writes are only undone with the whole transaction.
          this.open.delete(runner.manager);
          await runner.rollbackTransaction();
          await runner.release();
          if (batch.length > 1) return this.commitBatch(batch, true);
          return this.settle(batch, [outcome]);
        }
        outcomes.push(outcome);
      }
      this.open.delete(runner.manager);
      for (const [tail, items] of open.kept) await tail.flush(runner.manager, items);
      await runner.commitTransaction();
    } catch (error) {
      this.open.delete(runner.manager);
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      if (RETRYABLE.has(driverCode(error))) this.requeue(batch);
      else for (const unit of batch) unit.reject(error);
      return;
    } finally {
      if (!runner.isReleased) await runner.release();
    }
    if (!this.walSync) return this.answerCommitted(batch, outcomes, open);
    // Not awaited: the next batch runs while this one's log reaches the disk.
    const settled = this.walSync.sync().then(
      () => this.answerCommitted(batch, outcomes, open),
      (error: unknown) => {
        for (const unit of batch) unit.reject(error);
      },
    );
    this.syncing.add(settled);
    void settled.finally(() => this.syncing.delete(settled));
  }

  /**
   * While the log sync of an earlier batch runs, an open batch takes in the units that arrive: they
   * would wait for the next sync anyway, and one COMMIT for all of them costs the event loop less
   * than one each. False (commit now) when the disk is free, the batch is full or an alone unit waits.
   */
  private async gather(batch: Unit[]): Promise<boolean> {
    for (;;) {
      if (batch[0]?.alone || batch.length >= MAX_BATCH || !this.walSync?.busy || this.queue[0]?.alone)
        return false;
      const more = this.takeUnits(MAX_BATCH - batch.length);
      if (more.length > 0) {
        batch.push(...more);
        return true;
      }
      await Promise.race([this.walSync.idle(), new Promise<void>((wake) => (this.arrived = wake))]);
      this.arrived = null;
    }
  }

  /** After a durable commit: the tails' `committed` work, then every caller's answer. */
  private answerCommitted(batch: Unit[], outcomes: Outcome[], open: OpenBatch): void {
    for (const [tail, items] of open.kept) {
      try {
        tail.committed?.(items);
      } catch {
        // What happens after a commit cannot undo it: the units are answered as committed.
      }
    }
    this.settle(batch, outcomes);
  }

  /** Answers each unit of a batch that ended (committed, or rolled back whole) with its outcome. */
  private settle(batch: Unit[], outcomes: Outcome[]): void {
    batch.forEach((unit, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) unit.resolve(outcome.value);
      else if (RETRYABLE.has(driverCode(outcome.error))) this.requeue([unit]);
      else unit.reject(outcome.error);
    });
  }

  private async runUnit(m: EntityManager, unit: Unit, open: OpenBatch, savepoint: boolean): Promise<Outcome> {
    open.current = new Map();
    const runner = m.queryRunner!;
    if (savepoint) await runner.query('SAVEPOINT unit');
    try {
      const value = await unit.work(m);
      if (savepoint) await runner.query('RELEASE SAVEPOINT unit');
      for (const [tail, items] of open.current) {
        const kept = open.kept.get(tail);
        if (kept) kept.push(...items);
        else open.kept.set(tail, items);
      }
      return { ok: true, value };
    } catch (error) {
      if (savepoint) {
        await runner.query('ROLLBACK TO SAVEPOINT unit');
        await runner.query('RELEASE SAVEPOINT unit');
      }
      return { ok: false, error };
    }
  }

  /** Units the database rolled back to break a deadlock go again, a few times, after a short pause. */
  private requeue(units: Unit[]): void {
    const again = units.filter((unit) => {
      unit.attempts += 1;
      if (unit.attempts < ATTEMPTS) return true;
      unit.reject(retryLater());
      return false;
    });
    if (again.length === 0) return;
    const later = new Promise<void>((queued) =>
      setTimeout(
        () => {
          this.queue.push(...again);
          this.draining ??= this.drain();
          queued();
        },
        5 + Math.random() * 20,
      ),
    );
    // Shutdown waits for these too: the database must still be open when they run.
    this.retrying.add(later);
    void later.then(() => this.retrying.delete(later));
  }
}
