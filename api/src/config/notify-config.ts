import { QuietHours } from '@frontstage/engine';

/** Where and how notifications go; each outside channel is off until its settings are given. */
export interface NotifyConfig {
  outbox: {
    /** FRONTSTAGE_OUTBOX=off: nothing is delivered (rows wait in the outbox); tests drive `tick()`. */
    enabled: boolean;
    intervalMs: number;
    /** How long a claimed row is a worker's alone; a worker that died leaves it to others after this. */
    leaseMs: number;
    /** The first retry waits this long, each next one twice as long (capped at an hour). */
    backoffMs: number;
    /** Attempts before a row is given up as failed. */
    maxAttempts: number;
  };
  /** Company quiet hours (FRONTSTAGE_QUIET_HOURS=21:00-08:00); a site calendar's own win. */
  quietHours: QuietHours | null;
  /** Of the quiet hours without a site calendar: FRONTSTAGE_QUIET_UTC_OFFSET minutes, default Beijing (480). */
  utcOffsetMinutes: number;
  email: { url: string; from: string } | null;
  webhook: { url: string; secret: string } | null;
  wechat: { baseUrl: string; appId: string; secret: string; templateId: string; page: string } | null;
  sms: {
    baseUrl: string;
    accessKeyId: string;
    accessKeySecret: string;
    signName: string;
    /** The template of a step's message; its variables: step, expected, ticket. */
    stepTemplate: string;
    /** The template of a sign-in code; its variable: code. */
    codeTemplate: string;
  } | null;
}

export class NotifyConfigError extends Error {}

/**
 * Reads the notification settings. Secrets (webhook, WeChat app secret, SMS access key) come only
 * from the environment, never from the repository.
 */
export function notifyConfig(env: NodeJS.ProcessEnv): NotifyConfig {
  const quiet = env.FRONTSTAGE_QUIET_HOURS;
  let quietHours: QuietHours | null = null;
  if (quiet) {
    const [from, to] = quiet.split('-');
    const parsed = QuietHours.safeParse({ from, to });
    if (!parsed.success)
      throw new NotifyConfigError(`FRONTSTAGE_QUIET_HOURS must read like 21:00-08:00, got "${quiet}"`);
    quietHours = parsed.data;
  }
  const need = (names: string[]) => {
    const given = names.filter((n) => env[n]);
    if (given.length === 0) return false;
    const missing = names.filter((n) => !env[n]);
    if (missing.length > 0)
      throw new NotifyConfigError(`${given[0]} is set, so ${missing.join(', ')} must be too`);
    return true;
  };
  return {
    outbox: {
      enabled: env.FRONTSTAGE_OUTBOX !== 'off',
      intervalMs: int(env.FRONTSTAGE_OUTBOX_INTERVAL_MS, 1000, 'FRONTSTAGE_OUTBOX_INTERVAL_MS'),
      leaseMs: int(env.FRONTSTAGE_OUTBOX_LEASE_MS, 60_000, 'FRONTSTAGE_OUTBOX_LEASE_MS'),
      backoffMs: int(env.FRONTSTAGE_OUTBOX_BACKOFF_MS, 5_000, 'FRONTSTAGE_OUTBOX_BACKOFF_MS'),
      maxAttempts: int(env.FRONTSTAGE_OUTBOX_MAX_ATTEMPTS, 8, 'FRONTSTAGE_OUTBOX_MAX_ATTEMPTS'),
    },
    quietHours,
    utcOffsetMinutes: int(env.FRONTSTAGE_QUIET_UTC_OFFSET, 480, 'FRONTSTAGE_QUIET_UTC_OFFSET', -840),
    email: need(['FRONTSTAGE_SMTP_URL'])
      ? { url: env.FRONTSTAGE_SMTP_URL!, from: env.FRONTSTAGE_MAIL_FROM || 'frontstage@localhost' }
      : null,
    webhook: need(['FRONTSTAGE_WEBHOOK_URL', 'FRONTSTAGE_WEBHOOK_SECRET'])
      ? { url: env.FRONTSTAGE_WEBHOOK_URL!, secret: env.FRONTSTAGE_WEBHOOK_SECRET! }
      : null,
    wechat: need(['FRONTSTAGE_WECHAT_APPID', 'FRONTSTAGE_WECHAT_SECRET', 'FRONTSTAGE_WECHAT_TEMPLATE'])
      ? {
          baseUrl: base(env.FRONTSTAGE_WECHAT_BASE_URL, 'https://api.weixin.qq.com'),
          appId: env.FRONTSTAGE_WECHAT_APPID!,
          secret: env.FRONTSTAGE_WECHAT_SECRET!,
          templateId: env.FRONTSTAGE_WECHAT_TEMPLATE!,
          page: env.FRONTSTAGE_WECHAT_PAGE || 'pages/ticket/index',
        }
      : null,
    sms: need([
      'FRONTSTAGE_SMS_KEY_ID',
      'FRONTSTAGE_SMS_KEY_SECRET',
      'FRONTSTAGE_SMS_SIGN',
      'FRONTSTAGE_SMS_STEP_TEMPLATE',
      'FRONTSTAGE_SMS_CODE_TEMPLATE',
    ])
      ? {
          baseUrl: base(env.FRONTSTAGE_SMS_BASE_URL, 'https://dysmsapi.aliyuncs.com'),
          accessKeyId: env.FRONTSTAGE_SMS_KEY_ID!,
          accessKeySecret: env.FRONTSTAGE_SMS_KEY_SECRET!,
          signName: env.FRONTSTAGE_SMS_SIGN!,
          stepTemplate: env.FRONTSTAGE_SMS_STEP_TEMPLATE!,
          codeTemplate: env.FRONTSTAGE_SMS_CODE_TEMPLATE!,
        }
      : null,
  };
}

const base = (raw: string | undefined, fallback: string) => (raw || fallback).replace(/\/+$/, '');

function int(raw: string | undefined, fallback: number, name: string, min = 1): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new NotifyConfigError(`${name} must be an integer of at least ${min}, got "${raw}"`);
  return value;
}
