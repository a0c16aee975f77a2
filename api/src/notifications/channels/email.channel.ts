import nodemailer, { type Transporter } from 'nodemailer';
import type { OutboxItem } from '../notification.js';
import { DeliveryError, type Channel } from './channel.js';

/**
 * Email over SMTP (nodemailer). The notification id is the Message-ID and an
 * `X-Notification-Id` header, so a mail server or reader can drop a resent copy.
 */
export class EmailChannel implements Channel {
  readonly name = 'email' as const;
  private readonly transport: Transporter;

  constructor(private readonly settings: { url: string; from: string }) {
    this.transport = nodemailer.createTransport(settings.url);
  }

  reaches(item: Pick<OutboxItem, 'recipient'>): boolean {
    return Boolean(item.recipient.email);
  }

  async deliver(item: OutboxItem): Promise<void> {
    const { text } = item.body;
    try {
      await this.transport.sendMail({
        from: this.settings.from,
        to: item.recipient.email,
        subject: text['zh-CN'].slice(0, 60),
        text: `${text['zh-CN']}\n\n${text.en}\n`,
        messageId: `<${item.id}@frontstage>`,
        headers: { 'X-Notification-Id': item.id },
      });
    } catch (error) {
      throw new DeliveryError(`SMTP: ${(error as Error).message}`);
    }
  }
}
