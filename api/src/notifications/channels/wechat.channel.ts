import type { OutboxItem } from '../notification.js';
import { DeliveryError, send, type Channel } from './channel.js';

export interface WechatSettings {
  baseUrl: string;
  appId: string;
  secret: string;
  templateId: string;
  page: string;
}

/** WeChat caps a `thing` value at 20 characters and a `character_string` at 32. */
const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/**
 * A WeChat mini-program subscription message (订阅消息), as documented: an access token from
 * `GET /cgi-bin/token?grant_type=client_credential`, cached until shortly before it expires, then
 * `POST /cgi-bin/message/subscribe/send?access_token=…` with touser, template_id, page and data.
 * The template's fields: thing1 the step, thing2 the message, character_string3 the request number.
 * WeChat has no idempotency key; the notification id travels in a header all the same.
 */
export class WechatChannel implements Channel {
  readonly name = 'wechat' as const;
  private token: { value: string; until: number } | null = null;
  /** The token request in flight: concurrent sends share it (WeChat limits token requests per day). */
  private fetching: Promise<string> | null = null;

  constructor(
    private readonly settings: WechatSettings,
    private readonly now: () => number = Date.now,
  ) {}

  reaches(item: Pick<OutboxItem, 'recipient' | 'kind'>): boolean {
    return Boolean(item.recipient.openid) && item.kind === 'customer.step';
  }

  async deliver(item: OutboxItem): Promise<void> {
    const token = await this.accessToken();
    const { params, text } = item.body;
    const res = await send(
      `${this.settings.baseUrl}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': item.id },
        body: JSON.stringify({
          touser: item.recipient.openid,
          template_id: this.settings.templateId,
          page: `${this.settings.page}?ticket=${item.ticketId ?? ''}`,
          data: {
            thing1: { value: cut(params.step ?? '', 20) },
            thing2: { value: cut(text['zh-CN'], 20) },
            character_string3: { value: cut(params.ticket ?? '', 32) },
          },
        }),
      },
    );
    const answer = (await res.json()) as { errcode?: number; errmsg?: string };
    if (answer.errcode === 40001 || answer.errcode === 42001) this.token = null; // token revoked or expired early
    if (answer.errcode) throw new DeliveryError(`WeChat ${answer.errcode}: ${answer.errmsg ?? ''}`);
  }

  private accessToken(): Promise<string> {
    if (this.token && this.token.until > this.now()) return Promise.resolve(this.token.value);
    this.fetching ??= this.fetchToken().finally(() => (this.fetching = null));
    return this.fetching;
  }

  private async fetchToken(): Promise<string> {
    const { baseUrl, appId, secret } = this.settings;
    const res = await send(
      `${baseUrl}/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(appId)}&secret=${encodeURIComponent(secret)}`,
      { method: 'GET' },
    );
    const answer = (await res.json()) as {
      access_token?: string;
      expires_in?: number;
      errcode?: number;
      errmsg?: string;
    };
    if (!answer.access_token)
      throw new DeliveryError(`WeChat token ${answer.errcode ?? ''}: ${answer.errmsg ?? ''}`);
    // Renewed five minutes early: a token that expires between fetch and send fails the send.
    const life = Math.max(0, (answer.expires_in ?? 7200) - 300) * 1000;
    this.token = { value: answer.access_token, until: this.now() + life };
    return answer.access_token;
  }
}
