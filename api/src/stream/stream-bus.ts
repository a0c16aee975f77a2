import {
  Inject,
  Injectable,
  type OnApplicationShutdown,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { TicketChange } from '@frontstage/engine';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, LOGGER } from '../config/tokens.js';
import { TicketEntity } from '../database/entities.js';
import { runSql } from '../database/sql.js';
import { Transactor, type BatchTail } from '../database/transactor.js';
import { CHANGE_CHANNEL, changeKey, packChanges, type ChangeRef } from './change-payload.js';
import { PgChangeFeed } from './pg-change-feed.js';
import { RecentKeys } from './recent-keys.js';
import { changeOf } from './ticket-change.js';

/** Payloads per NOTIFY statement. */
const NOTIFY_CHUNK = 500;
const NOTIFY_SQL = 'SELECT pg_notify($1, p) FROM unnest($2::text[]) WITH ORDINALITY AS t(p, n) ORDER BY n';

/** How many recent changes each instance remembers to refuse a second delivery of one. */
const REMEMBERED = 16_384;

/**
 * Fan-out of committed ticket changes to the open streams of this instance.
 *
 * A change is announced inside the transaction that makes it. SQLite (one instance): delivered
 * in-process after the commit. PostgreSQL (any number of instances): NOTIFYed in that transaction,
 * which PostgreSQL delivers at the commit, never without it; every instance, this one included,
 * delivers what it hears on its LISTEN connection, so each change reaches each local stream once
 * and in the database's commit order.
 */
@Injectable()
export class StreamBus implements OnModuleInit, OnModuleDestroy, OnApplicationShutdown {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly seen = new RecentKeys(REMEMBERED);
  private readonly feed: PgChangeFeed | null;
  /** One NOTIFY per batch on PostgreSQL, just before its commit; local delivery after it on SQLite. */
  private readonly tail: BatchTail<TicketChange> = {
    flush: async (m, changes) => {
      if (!this.feed) return;
      const payloads = packChanges(changes);
      for (let at = 0; at < payloads.length; at += NOTIFY_CHUNK)
        await runSql(m, NOTIFY_SQL, [CHANGE_CHANNEL, payloads.slice(at, at + NOTIFY_CHUNK)]);
    },
    committed: (changes) => {
      if (!this.feed) for (const change of changes) this.deliver(change);
    },
  };

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) logger: Logger,
    private readonly dataSource: DataSource,
    private readonly tx: Transactor,
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

  /** Announces a change with the transaction (a Transactor unit's manager) that makes it. */
  announce(manager: EntityManager, change: TicketChange): void {
    if (!this.tx.defer(manager, this.tail, change))
      throw new Error('StreamBus.announce must be called inside a Transactor unit');
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

  /** After the HTTP server closed: the LISTEN connection closes. */
  async onApplicationShutdown(): Promise<void> {
    await this.feed?.close();
  }

  private deliver(change: TicketChange): void {
    if (this.seen.add(changeKey(change))) this.emitter.emit('change', change);
  }

  /** A change too large for NOTIFY, completed from the ticket row (which may be newer still: it says who may see it now). */
  private async complete(ref: ChangeRef): Promise<TicketChange | null> {
    const row = await this.dataSource.getRepository(TicketEntity).findOneBy({ id: ref.ticketId });
    if (!row) return null;
    return { ...changeOf(row, ref.kind, ref.event), version: ref.version, at: ref.at };
  }
}
