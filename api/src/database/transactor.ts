import type { DataSource, EntityManager } from 'typeorm';
import { ApiError } from '../common/api-error.js';

interface Work {
  work: (manager: EntityManager) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Most units of work one SQLite commit carries. */
const MAX_BATCH = 128;
/** PostgreSQL's "roll back and try again": serialization failure, deadlock detected. */
const RETRYABLE = new Set(['40001', '40P01']);
/** Attempts of one unit on PostgreSQL before the caller gets a 409 instead. */
const ATTEMPTS = 3;

/**
 * Runs write transactions.
 *
 * SQLite has one connection and one fsync per commit caps a server at the disk's fsync rate, so
 * concurrent units of work are group-committed: a batch runs in one transaction, each unit inside
 * its own SAVEPOINT (a failing unit rolls back alone), and every caller is answered only after the
 * batch's COMMIT, so nothing is acknowledged before it is durable.
 *
 * PostgreSQL gives each unit its own transaction and connection; what must be serial is
 * serialised with row locks by the callers. A unit the server rolled back as a deadlock victim or
 * serialization failure is run again (the work must be safe to repeat: it only touches the
 * transaction), at most ATTEMPTS times, then answered as a 409 `conflict`, never a 5xx.
 */
export class Transactor {
  private readonly queue: Work[] = [];
  private draining: Promise<void> | null = null;

  constructor(
    readonly dataSource: DataSource,
    private readonly reader: DataSource = dataSource,
  ) {}

  get isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.isSqlite) return this.runPostgres(work);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.draining ??= this.drain();
    });
  }

  private async runPostgres<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        const code =
          (error as { driverError?: { code?: string } }).driverError?.code ??
          (error as { code?: string }).code;
        if (!RETRYABLE.has(code ?? '')) throw error;
        if (attempt >= ATTEMPTS)
          throw new ApiError(
            'conflict',
            'The database could not order this command with concurrent ones; nothing was applied, send it again',
            { retryable: true },
          );
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
      }
    }
  }

  /** Called by Nest at shutdown: waits for queued work, then closes the database. */
  async onApplicationShutdown(): Promise<void> {
    await this.draining;
    if (this.reader !== this.dataSource && this.reader.isInitialized) await this.reader.destroy();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  private async drain(): Promise<void> {
    for (;;) {
      // Let requests that arrived during the last commit join this batch.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = this.queue.splice(0, MAX_BATCH);
      if (batch.length === 0) {
        // Cleared in the same synchronous step as the emptiness check, so no unit is ever stranded.
        this.draining = null;
        return;
      }
      await this.commitBatch(batch);
    }
  }

  private async commitBatch(batch: Work[]): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await runner.startTransaction();
      for (const unit of batch) {
        await runner.query('SAVEPOINT unit');
        try {
          const value = await unit.work(runner.manager);
          await runner.query('RELEASE unit');
          outcomes.push({ ok: true, value });
        } catch (error) {
          await runner.query('ROLLBACK TO unit');
          await runner.query('RELEASE unit');
          outcomes.push({ ok: false, error });
        }
      }
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      for (const unit of batch) unit.reject(error);
      return;
    } finally {
      await runner.release();
    }
    batch.forEach((unit, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) unit.resolve(outcome.value);
      else unit.reject(outcome.error);
    });
  }
}
