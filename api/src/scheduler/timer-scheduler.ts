import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { Clock } from '../common/clock.js';
import { LOGGER, SCHEDULER_OPTIONS } from '../config/tokens.js';
import { Transactor } from '../database/transactor.js';
import { IdempotencyRepository } from '../idempotency/idempotency.repository.js';
import { KEY_RETENTION_MS } from '../idempotency/idempotency.service.js';
import { DueTimers } from './due-timers.js';

export interface SchedulerOptions {
  /** Off in tests that drive `tick()` themselves. */
  enabled: boolean;
  intervalMs: number;
  batch: number;
}

const PURGE_EVERY_MS = 3_600_000;

/**
 * Polls the database for due timers: every instance may run one, because claiming is done in the
 * database (SKIP LOCKED / SQLite's write lock) and the firing table refuses a second firing. A
 * timer that fell due while the API was down fires on the first tick after start-up.
 */
@Injectable()
export class TimerScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private handle: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;
  private lastPurge = 0;

  constructor(
    private readonly timers: DueTimers,
    private readonly idempotency: IdempotencyRepository,
    private readonly tx: Transactor,
    private readonly clock: Clock,
    @Inject(SCHEDULER_OPTIONS) private readonly options: SchedulerOptions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.enabled) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    await this.running?.catch(() => 0);
  }

  /** Fires every timer due now, batch after batch; returns how many were claimed. */
  async tick(): Promise<number> {
    this.running ??= this.drain().finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const claimed = await this.timers.fireDue(this.options.batch);
      total += claimed;
      if (claimed < this.options.batch || this.stopped) break;
    }
    await this.purgeKeys();
    return total;
  }

  private async purgeKeys(): Promise<void> {
    const now = this.clock.now().getTime();
    if (now - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now;
    const before = new Date(now - KEY_RETENTION_MS).toISOString();
    await this.tx.run((m) => this.idempotency.purgeBefore(m, before));
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.handle = setTimeout(() => {
      this.tick()
        .catch((error: unknown) => this.logger.error({ err: error }, 'timer tick failed'))
        .finally(() => this.schedule(this.options.intervalMs));
    }, delay);
    this.handle.unref();
  }
}
