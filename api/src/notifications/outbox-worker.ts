import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, LOGGER } from '../config/tokens.js';
import { TicketEntity } from '../database/entities.js';
import { Transactor } from '../database/transactor.js';
import { StreamBus } from '../stream/stream-bus.js';
import { changeOf } from '../stream/ticket-change.js';
import { retryDelay } from './backoff.js';
import { NotificationChannels } from './channels/notification-channels.js';
import type { OutboxItem } from './notification.js';
import { OutboxRepository } from './outbox.repository.js';

/** Rows one tick leases at most; each outside delivery is a network round trip. */
const BATCH = 20;
/** How long settled rows stay in the outbox (for support questions: was it sent, when, what failed). */
export const OUTBOX_RETENTION_MS = 30 * 86_400_000;
const PURGE_EVERY_MS = 3_600_000;

/**
 * Delivers what the outbox holds, like the timer scheduler fires time standards: every instance
 * may run one, each polls the database, and a row is leased to one worker (its unique id) until
 * `leaseMs` pass. In-app messages are kept in the same transaction that marks the row delivered,
 * so they exist exactly once. An outside channel is sent to, then marked: a process killed between
 * the two leaves the lease to expire and the row to be sent again under the same notification id,
 * the receiver's idempotency key. A failure waits `backoff`, doubling, until the attempts run out.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  /** Unique per process: a lease names its holder, so a restarted process never mistakes an old lease for its own. */
  readonly id = `${hostname().slice(0, 20)}-${process.pid}-${randomUUID().slice(0, 8)}`;
  private handle: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;
  private lastPurge = 0;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly channels: NotificationChannels,
    private readonly tx: Transactor,
    private readonly bus: StreamBus,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.notify.outbox.enabled) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    await this.running?.catch(() => 0);
  }

  /** Delivers every row due now, batch after batch; returns how many were leased. */
  tick(): Promise<number> {
    this.running ??= this.drain().finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const now = this.clock.now();
      const until = new Date(now.getTime() + this.config.notify.outbox.leaseMs).toISOString();
      const items = await this.tx.run((m) => this.outbox.claim(m, this.id, now.toISOString(), until, BATCH));
      total += items.length;
      await Promise.all(items.map((item) => this.deliver(item)));
      if (items.length < BATCH || this.stopped) break;
    }
    await this.purge();
    return total;
  }

  private async purge(): Promise<void> {
    const now = this.clock.now().getTime();
    if (now - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now;
    const before = new Date(now - OUTBOX_RETENTION_MS).toISOString();
    await this.tx.run((m) => this.outbox.purgeSettled(m, before));
  }

  private async deliver(item: OutboxItem): Promise<void> {
    try {
      if (item.channel === 'in-app') return await this.keepInApp(item);
      const channel = this.channels.byName(item.channel);
      if (!channel) throw new Error(`channel ${item.channel} is not configured on this instance`);
      await channel.deliver(item);
      await this.tx.run((m) => this.outbox.delivered(m, item.id, this.id, this.clock.iso()));
    } catch (error) {
      const delay = retryDelay(
        item.attempts,
        this.config.notify.outbox.backoffMs,
        this.config.notify.outbox.maxAttempts,
      );
      const retryAt = delay === null ? null : new Date(this.clock.now().getTime() + delay).toISOString();
      this.logger.warn(
        { notification: item.id, channel: item.channel, attempt: item.attempts, retryAt, err: error },
        'notification not delivered',
      );
      await this.tx.run((m) =>
        this.outbox.failed(m, item.id, this.id, String((error as Error).message ?? error), retryAt),
      );
    }
  }

  /** The resident page's and console's copy, kept and announced on the live stream with the row's delivery. */
  private async keepInApp(item: OutboxItem): Promise<void> {
    await this.tx.run(async (m) => {
      const at = this.clock.iso();
      if (!(await this.outbox.delivered(m, item.id, this.id, at))) return;
      await this.outbox.keepInApp(m, item, at);
      const ticket = item.ticketId
        ? await m.getRepository(TicketEntity).findOneBy({ id: item.ticketId })
        : null;
      if (ticket)
        this.bus.announce(m, {
          ...changeOf(ticket, 'ticket.updated', 'NOTIFIED'),
          at,
          notification: item.id,
        });
    });
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.handle = setTimeout(() => {
      this.tick()
        .catch((error: unknown) => this.logger.error({ err: error }, 'outbox tick failed'))
        .finally(() => this.schedule(this.config.notify.outbox.intervalMs));
    }, delay);
    this.handle.unref();
  }
}
