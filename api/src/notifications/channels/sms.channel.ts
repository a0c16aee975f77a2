import { createHmac, randomUUID } from 'node:crypto';
import type { OutboxItem } from '../notification.js';
import { DeliveryError, send, type Channel } from './channel.js';

export interface SmsSettings {
  baseUrl: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  stepTemplate: string;
  codeTemplate: string;
}

/** Aliyun's percent-encoding (RFC 3986, with `~` kept and space as %20). */
const percent = (s: string) =>
  encodeURIComponent(s)
    .replace(/\+/g, '%20')
    .replace(/\*/g, '%2A')
    .replace(/%7E/g, '~')
    .replace(/[!'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Signs Aliyun RPC parameters (signature version 1.0): HMAC-SHA1 under `secret&` of
 * `METHOD&%2F&<encoded sorted query>`, base64.
 * @example aliyunSignature('POST', { Action: 'SendSms', … }, 'secret')
 */
export function aliyunSignature(method: string, params: Record<string, string>, secret: string): string {
  const query = Object.keys(params)
    .sort()
    .map((k) => `${percent(k)}=${percent(params[k]!)}`)
    .join('&');
  const toSign = `${method}&${percent('/')}&${percent(query)}`;
  return createHmac('sha1', `${secret}&`).update(toSign).digest('base64');
}

/**
 * SMS through Aliyun's SendSms (dysmsapi, version 2017-05-25), as documented: a signed
 * form POST of PhoneNumbers, SignName, TemplateCode and TemplateParam (JSON). The notification id
 * is `OutId`, the provider's field for the sender's own serial number, which its receipts echo.
 */
export class SmsChannel implements Channel {
  readonly name = 'sms' as const;

  constructor(
    private readonly settings: SmsSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  reaches(item: Pick<OutboxItem, 'recipient'>): boolean {
    return Boolean(item.recipient.phone);
  }

  async deliver(item: OutboxItem): Promise<void> {
    const s = this.settings;
    const code = item.kind === 'resident.sign-in-code';
    const params: Record<string, string> = {
      AccessKeyId: s.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      OutId: item.id,
      PhoneNumbers: item.recipient.phone!,
      SignName: s.signName,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      TemplateCode: code ? s.codeTemplate : s.stepTemplate,
      TemplateParam: JSON.stringify(item.body.params),
      Timestamp: this.now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
    };
    const form = new URLSearchParams({
      ...params,
      Signature: aliyunSignature('POST', params, s.accessKeySecret),
    });
    const res = await send(`${s.baseUrl}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    const answer = (await res.json()) as { Code?: string; Message?: string };
    if (answer.Code !== 'OK')
      throw new DeliveryError(`SendSms ${answer.Code ?? '?'}: ${answer.Message ?? ''}`);
  }
}
