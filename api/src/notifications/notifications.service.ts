import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  CUSTOMER_ROLE,
  quietHoursEnd,
  SYSTEM_ROLE,
  ticketNotices,
  type Calendar,
  type Effect,
  type NoticeIntent,
} from '@frontstage/engine';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { BlueprintsService } from '../blueprints/blueprints.service.js';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, LOGGER } from '../config/tokens.js';
import type { TicketRow } from '../database/entities.js';
import { runSql } from '../database/sql.js';
import { NotificationChannels } from './channels/notification-channels.js';
import type { Notification, Recipient } from './notification.js';
import { OutboxRepository } from './outbox.repository.js';
import { routes } from './routes.js';
import { staffText } from './staff-notice.js';

/** What an accepted ticket command did, as notifications care. */
export interface TicketNoticeChange {
  created: boolean;
  flows: readonly string[];
  effects: readonly Effect[];
}

/**
 * The one way in to notifications: `enqueue` writes a notification's outbox rows (one per channel)
 * with the caller's transaction, so it is sent if and only if the change that caused it commits;
 * the OutboxWorker delivers them. Ticket commands call `ticketChanged`; other modules (a resident's
 * sign-in code) call `enqueue` directly.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly channels: NotificationChannels,
    private readonly blueprints: BlueprintsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Writes `notification` to the outbox in `manager`'s transaction; returns the notification ids
   * (one per channel, each the receiver's idempotency key). A customer's notification waits out the
   * quiet hours unless it is urgent.
   * @example await notifications.enqueue(m, { kind: 'resident.sign-in-code', ticketId: null, urgent: true,
   *   recipient: { audience: 'customer', phone }, body: { text, params: { code } } })
   */
  async enqueue(
    manager: EntityManager,
    notification: Notification,
    /** When the caller already knows when the quiet hours end (one command's many notices). */
    quietUntil?: string,
  ): Promise<string[]> {
    const now = this.clock.iso();
    const customer = notification.recipient.audience === 'customer';
    const availableAt =
      customer && !notification.urgent
        ? (quietUntil ?? (await this.afterQuietHours(manager, notification.siteId, now)))
        : now;
    const rows = routes(notification, this.channels.outside).map((channel) => ({
      id: randomUUID(),
      kind: notification.kind,
      channel,
      ticketId: notification.ticketId,
      recipient: notification.recipient,
      body: notification.body,
      createdAt: now,
      availableAt,
    }));
    if (notification.kind === 'resident.sign-in-code' && !this.config.production)
      // Demo mode: the code is in the log, so a demo signs in without an SMS account.
      this.logger.info(
        { phone: notification.recipient.phone, code: notification.body.params.code },
        'sign-in code (demo)',
      );
    await this.outbox.insert(manager, rows);
    return rows.map((r) => r.id);
  }

  /** The customer's and staff's notifications of an accepted ticket command, in its transaction. */
  async ticketChanged(m: EntityManager, row: TicketRow, change: TicketNoticeChange): Promise<void> {
    if (change.flows.length === 0 && change.effects.length === 0 && !change.created) return;
    const { blueprint } = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    const intents = ticketNotices(blueprint, { ...change, ticket: row.id });
    if (intents.length === 0) return;
    let customer: Recipient | null = null;
    let quietUntil: string | undefined;
    for (const intent of intents) {
      if (intent.kind === 'customer.step') {
        customer ??= await this.customerOf(m, row);
        quietUntil ??= await this.afterQuietHours(m, row.siteId, this.clock.iso());
        const step = blueprint.steps.find((s) => s.id === intent.stepId)!;
        await this.enqueue(
          m,
          {
            kind: 'customer.step',
            ticketId: row.id,
            siteId: row.siteId,
            recipient: customer,
            urgent: intent.emergency,
            body: {
              text: intent.text,
              stepId: intent.stepId,
              params: {
                step: step.label['zh-CN'],
                expected: step.timeStandard?.duration ?? '',
                ticket: row.id,
              },
            },
          },
          quietUntil,
        );
        continue;
      }
      const text = staffText(blueprint, intent, row.id);
      for (const role of rolesOf(intent))
        await this.enqueue(m, {
          kind: intent.kind,
          ticketId: row.id,
          siteId: row.siteId,
          recipient: { audience: `role:${role}`, ...(row.team ? { team: row.team } : {}) },
          body: { text, stepId: intent.stepId, params: { step: intent.stepId, ticket: row.id } },
        });
    }
  }

  /** The ticket's customer: their record's phone when the ticket names one, else the phone intake took. */
  private async customerOf(m: EntityManager, row: TicketRow): Promise<Recipient> {
    const facts = row.snapshot.context.facts;
    const fact = (name: string) =>
      typeof facts[name] === 'string' && facts[name] ? (facts[name] as string) : undefined;
    const recipient: Recipient = { audience: 'customer' };
    if (row.customerId) {
      recipient.customerId = row.customerId;
      const [c] = await runSql<{ phone: string }>(m, 'SELECT phone FROM customers WHERE id = $1', [
        row.customerId,
      ]);
      if (c?.phone) recipient.phone = c.phone;
    }
    recipient.phone ??= fact('phone');
    const email = fact('email');
    const openid = fact('openid');
    return { ...recipient, ...(email ? { email } : {}), ...(openid ? { openid } : {}) };
  }

  /** Now, or when the quiet hours of the site (its calendar's, else the company's) end. */
  private async afterQuietHours(m: EntityManager, siteId: string | undefined, now: string): Promise<string> {
    let quiet = this.config.notify.quietHours;
    let offset = this.config.calendar?.utcOffsetMinutes ?? this.config.notify.utcOffsetMinutes;
    if (siteId) {
      const [site] = await runSql<{ calendar: string | null }>(
        m,
        'SELECT calendar FROM sites WHERE id = $1',
        [siteId],
      );
      const calendar = site?.calendar ? (JSON.parse(site.calendar) as Calendar) : null;
      if (calendar?.quietHours) [quiet, offset] = [calendar.quietHours, calendar.utcOffsetMinutes];
    }
    return quiet ? quietHoursEnd(quiet, offset, now) : now;
  }
}

/** Staff roles a notice is for: the customer's own steps and the system's are nobody's work to be told of. */
function rolesOf(intent: Exclude<NoticeIntent, { kind: 'customer.step' }>): string[] {
  const roles = intent.kind === 'staff.assignment' ? intent.roles : [intent.to];
  return roles.filter((r) => r !== CUSTOMER_ROLE && r !== SYSTEM_ROLE);
}
