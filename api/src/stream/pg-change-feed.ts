import pg from 'pg';
import type { Logger } from 'pino';
import { CHANGE_CHANNEL, decodeChange, encodeChange, type ChangeRef } from './change-payload.js';
import type { TicketChange } from './stream-bus.js';

export interface PgChangeFeedOptions {
  url: string;
  logger: Logger;
  /** Every change heard on the channel, this instance's own included, in commit order. */
  onChange: (change: TicketChange) => void;
  /** Completes a change that was too large for NOTIFY from the database; null when there is nothing to say. */
  resolve: (ref: ChangeRef) => Promise<TicketChange | null>;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** How often the connection is checked with `SELECT 1`; a silent, dead connection is replaced. */
  heartbeatMs?: number;
}

/** Changes kept while the connection is down; past this the oldest are dropped (consoles resync on reconnect). */
const MAX_PENDING = 10_000;
/** Changes per NOTIFY round trip: one statement, one transaction, delivered in this order. */
const BATCH = 500;
const NOTIFY_SQL = 'SELECT pg_notify($1, p) FROM unnest($2::text[]) WITH ORDINALITY AS t(p, n) ORDER BY n';

/**
 * Ticket changes across API instances through PostgreSQL NOTIFY/LISTEN, on one dedicated connection
 * per instance (outside the TypeORM pool, so a busy pool never delays live updates).
 *
 * `publish` queues; one flush at a time sends the queue in order (so two versions of a ticket are
 * never swapped), in batches. The connection is replaced with exponential backoff when it fails;
 * what was queued meanwhile is sent once it is back. Changes committed by other instances while
 * this one was disconnected are not heard: a live view, not a log (the audit log is the log).
 */
export class PgChangeFeed {
  private client: pg.Client | null = null;
  private readonly pending: string[] = [];
  private flushing: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private failures = 0;
  private closed = false;
  /** Changes dropped because the queue overflowed while the connection was down. */
  dropped = 0;

  constructor(private readonly options: PgChangeFeedOptions) {}

  get connected(): boolean {
    return this.client !== null;
  }

  /** Connects and LISTENs; a database that cannot be reached now is retried in the background. */
  async start(): Promise<void> {
    try {
      await this.connect();
    } catch (error) {
      this.options.logger.warn({ err: error }, 'live updates: cannot LISTEN yet, retrying');
      this.reconnectLater();
    }
  }

  publish(change: TicketChange): void {
    if (this.closed) return;
    this.pending.push(encodeChange(change));
    if (this.pending.length > MAX_PENDING) {
      const over = this.pending.length - MAX_PENDING;
      this.pending.splice(0, over);
      this.dropped += over;
      this.options.logger.warn(
        { dropped: this.dropped },
        'live updates: queue full while disconnected, oldest changes dropped',
      );
    }
    this.flush();
  }

  /** Sends what is queued (for at most `timeoutMs`), then closes the connection. */
  async close(timeoutMs = 2_000): Promise<void> {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.drain(), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    this.closed = true;
    const client = this.client;
    this.client = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    await client?.end().catch(() => undefined);
  }

  private async drain(): Promise<void> {
    while (this.client && this.pending.length > 0) {
      this.flush();
      await this.flushing;
    }
  }

  private flush(): void {
    // Checked here, not only inside: sendPending must reach an await before it can clear `flushing`.
    if (this.flushing || !this.client || this.pending.length === 0) return;
    this.flushing = this.sendPending();
  }

  private async sendPending(): Promise<void> {
    for (;;) {
      const client = this.client;
      if (!client || this.pending.length === 0) {
        // Cleared in the same synchronous step as the check, so a change queued now starts a new flush.
        this.flushing = null;
        return;
      }
      const batch = this.pending.splice(0, BATCH);
      try {
        await client.query(NOTIFY_SQL, [CHANGE_CHANNEL, batch]);
      } catch (error) {
        const sqlState = (error as { code?: unknown }).code;
        if (this.client === client && typeof sqlState === 'string' && /^[0-9A-Z]{5}$/.test(sqlState)) {
          // The server refused the statement itself: sending it again would fail again.
          this.options.logger.error(
            { err: error, changes: batch.length },
            'live updates: NOTIFY refused, changes dropped',
          );
          continue;
        }
        // The connection broke: keep the batch (listeners drop a change they already delivered) and reconnect.
        this.pending.unshift(...batch);
        this.flushing = null;
        this.lost(client, error);
        return;
      }
    }
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: 'frontstage-live',
      keepAlive: true,
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL) this.receive(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    if (this.failures > 0)
      this.options.logger.info({ attempts: this.failures }, 'live updates: listening again');
    this.client = client;
    this.failures = 0;
    const every = this.options.heartbeatMs ?? 15_000;
    this.heartbeat = setInterval(() => void this.ping(client, every), every);
    this.heartbeat.unref();
    this.flush();
  }

  /** A connection that stopped answering is as good as closed. */
  private async ping(client: pg.Client, timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.query('SELECT 1'),
        new Promise(
          (_, reject) => (timer = setTimeout(() => reject(new Error('heartbeat timed out')), timeoutMs)),
        ),
      ]);
    } catch (error) {
      this.lost(client, error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Called for errors and ends of any client: only the current one's matter (once). */
  private lost(client: pg.Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (this.closed) return;
    this.options.logger.warn({ err: error }, 'live updates: LISTEN connection lost, reconnecting');
    client.end().catch(() => undefined);
    this.reconnectLater();
  }

  private reconnectLater(): void {
    if (this.closed || this.retry) return;
    const min = this.options.minBackoffMs ?? 100;
    const max = this.options.maxBackoffMs ?? 5_000;
    // Full backoff with jitter, so instances that lost the database together do not return in step.
    const delay = Math.min(max, min * 2 ** this.failures) * (0.5 + Math.random() / 2);
    this.failures++;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect().catch((error: unknown) => {
        this.options.logger.warn({ err: error, attempts: this.failures }, 'live updates: reconnect failed');
        this.reconnectLater();
      });
    }, delay);
    this.retry.unref();
  }

  private receive(payload: string | undefined): void {
    const decoded = decodeChange(payload);
    if (!decoded) {
      this.options.logger.warn(
        { payload: payload?.slice(0, 200) },
        'live updates: ignored a notification this version did not write',
      );
      return;
    }
    if ('change' in decoded) return this.deliver(decoded.change);
    this.options.resolve(decoded.ref).then(
      (change) => change && this.deliver(change),
      (error: unknown) =>
        this.options.logger.warn(
          { err: error, ticketId: decoded.ref.ticketId },
          'live updates: could not complete a large change',
        ),
    );
  }

  private deliver(change: TicketChange): void {
    try {
      this.options.onChange(change);
    } catch (error) {
      this.options.logger.error({ err: error }, 'live updates: a subscriber failed');
    }
  }
}
