import pg from 'pg';
import type { Logger } from 'pino';
import { CHANGE_CHANNEL, decodePayload, type ChangeRef, type DecodedChange } from './change-payload.js';
import type { TicketChange } from '@frontstage/engine';

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

/**
 * Hears ticket changes from every API instance through PostgreSQL LISTEN, on one dedicated
 * connection per instance (outside the TypeORM pool, so a busy pool never delays live updates).
 * The changes are NOTIFYed by the transactions that make them (see StreamBus), so they arrive in
 * commit order and only once committed.
 *
 * The connection is replaced with exponential backoff when it fails. Changes committed while
 * this instance was disconnected are not heard: a live view, not a log (the audit log is the log).
 */
export class PgChangeFeed {
  private client: pg.Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private failures = 0;
  private closed = false;

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

  /** Stops listening and closes the connection. */
  async close(): Promise<void> {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.closed = true;
    const client = this.client;
    this.client = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    await client?.end().catch(() => undefined);
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
    const decoded = decodePayload(payload);
    if (!decoded) {
      this.options.logger.warn(
        { payload: payload?.slice(0, 200) },
        'live updates: ignored a notification this version did not write',
      );
      return;
    }
    for (const item of decoded) this.receiveOne(item);
  }

  private receiveOne(decoded: DecodedChange): void {
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
