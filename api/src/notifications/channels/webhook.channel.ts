import { createHmac } from 'node:crypto';
import type { OutboxItem } from '../notification.js';
import { send, type Channel } from './channel.js';

/** The header carrying `sha256=<hex HMAC-SHA256 of the raw body>` under the shared secret. */
export const SIGNATURE_HEADER = 'X-Frontstage-Signature';

/** The signature a receiver recomputes to trust a webhook body. */
export const signBody = (secret: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * A company's own gateway (its SMS or WeChat account, a ticket bridge): every notification as a
 * signed JSON POST, with the notification id as `Idempotency-Key`.
 */
export class WebhookChannel implements Channel {
  readonly name = 'webhook' as const;

  constructor(private readonly settings: { url: string; secret: string }) {}

  reaches(): boolean {
    return true;
  }

  async deliver(item: OutboxItem): Promise<void> {
    const body = JSON.stringify({
      id: item.id,
      kind: item.kind,
      ticketId: item.ticketId,
      recipient: item.recipient,
      text: item.body.text,
      params: item.body.params,
      createdAt: item.createdAt,
    });
    await send(this.settings.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': item.id,
        [SIGNATURE_HEADER]: signBody(this.settings.secret, body),
      },
      body,
    });
  }
}
