import type { NotifyConfig } from '../../config/notify-config.js';
import type { Channel } from './channel.js';
import { EmailChannel } from './email.channel.js';
import { SmsChannel } from './sms.channel.js';
import { WebhookChannel } from './webhook.channel.js';
import { WechatChannel } from './wechat.channel.js';

/** The outside channels configured for this instance (in-app is the database's own, always on). */
export class NotificationChannels {
  readonly outside: readonly Channel[];

  constructor(config: NotifyConfig) {
    const channels: Channel[] = [];
    if (config.email) channels.push(new EmailChannel(config.email));
    if (config.webhook) channels.push(new WebhookChannel(config.webhook));
    if (config.wechat) channels.push(new WechatChannel(config.wechat));
    if (config.sms) channels.push(new SmsChannel(config.sms));
    this.outside = channels;
  }

  byName(name: string): Channel | undefined {
    return this.outside.find((c) => c.name === name);
  }
}
