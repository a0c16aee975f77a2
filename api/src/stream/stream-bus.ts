import {
  Inject,
  Injectable,
  type OnApplicationShutdown,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, LOGGER } from '../config/tokens.js';
import { Ticket } from '../database/entities.js';
import { changeOf } from '../tickets/ticket-view.js';
import { changeKey, type ChangeRef } from './change-payload.js';
import { PgChangeFeed } from './pg-change-feed.js';
import { RecentKeys } from './recent-keys.js';

/** A change a console should hear about, published only after its transaction committed. */
export interface TicketChange {
  kind: 'ticket.created' | 'ticket.updated';
  ticketId: string;
  version: number;
  state: string;
  status: string;
  team: string | null;
  assignedRoles: string;
  event?: string;
  at: string;
}

/** How many recent changes each instance remembers to refuse a second delivery of one. */
const REMEMBERED = 16_384;

/**
 * Fan-out of committed ticket changes to the open streams of this instance.
 *
 * SQLite (one instance): in-process. PostgreSQL (any number of instances): `publish` only NOTIFYs,
 * and every instance, this one included, delivers what it hears on its LISTEN connection, so each
 * change reaches each local stream once and in the database's commit order. A change seen twice
 * (a NOTIFY re-sent after a broken connection) is delivered once.
 */
@Injectable()
export class StreamBus implements OnModuleInit, OnModuleDestroy, OnApplicationShutdown {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly seen = new RecentKeys(REMEMBERED);
  private readonly feed: PgChangeFeed | null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) logger: Logger,
    private readonly dataSource: DataSource,
  ) {
    this.feed =
      config.database.kind === 'postgres'
        ? new PgChangeFeed({
            url: config.database.url,
            logger,
            onChange: (change) => this.deliver(change),
            resolve: (ref) => this.complete(ref),
          })
        : null;
  }

  /** Listening before the app answers its first request, so no change committed after start-up is missed. */
  async onModuleInit(): Promise<void> {
    await this.feed?.start();
  }

  publish(change: TicketChange): void {
    if (this.feed) this.feed.publish(change);
    else this.deliver(change);
  }

  /** Listens to changes; `onClose` runs when the application shuts down, so open streams end first. */
  subscribe(listener: (change: TicketChange) => void, onClose: () => void = () => {}): () => void {
    this.emitter.on('change', listener);
    this.emitter.on('close', onClose);
    return () => {
      this.emitter.off('change', listener);
      this.emitter.off('close', onClose);
    };
  }

  // Nest destroys modules before it closes the HTTP server, which would otherwise wait on open streams.
  onModuleDestroy(): void {
    this.emitter.emit('close');
  }

  /** After the HTTP server closed: the last commands' changes go out, then the LISTEN connection closes. */
  async onApplicationShutdown(): Promise<void> {
    await this.feed?.close();
  }

  private deliver(change: TicketChange): void {
    if (this.seen.add(changeKey(change))) this.emitter.emit('change', change);
  }

  /** A change too large for NOTIFY, completed from the ticket row (which may be newer still: it says who may see it now). */
  private async complete(ref: ChangeRef): Promise<TicketChange | null> {
    const row = await this.dataSource.getRepository(Ticket).findOneBy({ id: ref.ticketId });
    if (!row) return null;
    return { ...changeOf(row, ref.kind, ref.event), version: ref.version, at: ref.at };
  }
}
