import type { DataSource, EntityManager } from 'typeorm';

interface Work {
  work: (manager: EntityManager) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Most units of work one SQLite commit carries. */
const MAX_BATCH = 128;

/**
 * Runs write transactions.
 *
 * SQLite has one connection and one fsync per commit caps a server at the disk's fsync rate, so
 * concurrent units of work are group-committed: a batch runs in one transaction, each unit inside
 * its own SAVEPOINT (a failing unit rolls back alone), and every caller is answered only after the
 * batch's COMMIT, so nothing is acknowledged before it is durable.
 *
 * PostgreSQL gives each unit its own transaction and connection; what must be serial is
 * serialised with row locks by the callers.
 */
export class Transactor {
  private readonly queue: Work[] = [];
  private draining: Promise<void> | null = null;

  constructor(readonly dataSource: DataSource) {}

  get isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.isSqlite) return this.dataSource.transaction(work);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.draining ??= this.drain();
    });
  }

  /** Called by Nest at shutdown: waits for queued work, then closes the database. */
  async onApplicationShutdown(): Promise<void> {
    await this.draining;
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
