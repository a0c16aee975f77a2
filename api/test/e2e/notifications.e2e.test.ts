import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/common/clock.js';
import {
  SIGN_IN_CODE_SENDER,
  type LoggingSignInCodeSender,
} from '../../src/residents/sign-in-code-sender.js';
import { demoResident } from '../support/residents.js';
import { aliyunSignature } from '../../src/notifications/channels/sms.channel.js';
import { Transactor } from '../../src/database/transactor.js';
import { NotificationsService } from '../../src/notifications/notifications.service.js';
import { OUTBOX_RETENTION_MS, OutboxWorker } from '../../src/notifications/outbox-worker.js';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';
import { LocalSmtp, ProviderStandIn } from '../support/notify-receivers.js';

/** 10:00 in Beijing: outside the quiet hours. */
const DAY = '2026-03-02T02:00:00.000Z';
/** 23:30 in Beijing: inside the quiet hours 21:00-08:00, which end at 00:00 UTC next day. */
const NIGHT = '2026-03-02T15:30:00.000Z';
const MORNING = '2026-03-03T00:00:00.000Z';
const SECRET = 'webhook-secret-for-tests';
const SMS_SECRET = 'sms-secret-for-tests';
const BACKOFF_MS = 60_000;

interface OutboxRow {
  id: string;
  kind: string;
  channel: string;
  status: string;
  attempts: number;
  available_at: string;
  last_error: string | null;
}

describe.each(DB_KINDS)('notifications through the outbox on %s', (kind) => {
  let api: Api;
  const clock = new FakeClock(new Date(DAY));
  const providers = new ProviderStandIn();
  const smtp = new LocalSmtp();
  const sql = (text: string) => (kind === 'sqlite' ? text.replace(/\$\d+/g, '?') : text);
  const rows = async (ticketId: string) =>
    (
      (await api.dataSource.query(
        sql(
          'SELECT id, kind, channel, status, attempts, available_at, last_error FROM outbox WHERE ticket_id = $1 ORDER BY id',
        ),
        [ticketId],
      )) as OutboxRow[]
    ).map((r) => ({ ...r, attempts: Number(r.attempts) }));
  const tick = () => api.app.get(OutboxWorker).tick();
  const auth = async (user: string) => ({ authorization: `Bearer ${await api.token(user)}` });
  const intake = async (facts: Record<string, unknown>) =>
    (
      await api.http
        .post('/api/tickets')
        .set(await auth('frontdesk'))
        .send({ facts })
        .expect(201)
    ).body as {
      id: string;
      version: number;
    };
  const contacts = { phone: '13800138000', email: 'resident@example.com', openid: 'o-resident-1' };

  beforeAll(async () => {
    await Promise.all([providers.start(), smtp.start()]);
    api = await startApi(kind, {
      app: { clock, scheduler: { enabled: false } },
      env: {
        FRONTSTAGE_OUTBOX: 'off',
        FRONTSTAGE_OUTBOX_BACKOFF_MS: String(BACKOFF_MS),
        FRONTSTAGE_QUIET_HOURS: '21:00-08:00',
        FRONTSTAGE_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        FRONTSTAGE_MAIL_FROM: 'service@estate.example',
        FRONTSTAGE_WEBHOOK_URL: `${providers.base}/hook`,
        FRONTSTAGE_WEBHOOK_SECRET: SECRET,
        FRONTSTAGE_WECHAT_BASE_URL: providers.base,
        FRONTSTAGE_WECHAT_APPID: 'wx-app',
        FRONTSTAGE_WECHAT_SECRET: 'wx-secret',
        FRONTSTAGE_WECHAT_TEMPLATE: 'TPL-STEP',
        FRONTSTAGE_SMS_BASE_URL: `${providers.base}/sms`,
        FRONTSTAGE_SMS_KEY_ID: 'sms-key',
        FRONTSTAGE_SMS_KEY_SECRET: SMS_SECRET,
        FRONTSTAGE_SMS_SIGN: '物业服务',
        FRONTSTAGE_SMS_STEP_TEMPLATE: 'SMS_STEP',
        FRONTSTAGE_SMS_CODE_TEMPLATE: 'SMS_CODE',
      },
    });
  });

  afterAll(async () => {
    await api?.close();
    await Promise.all([providers.stop(), smtp.stop()]);
  });

  it('writes an intake’s notifications with it and delivers each through its channel, once', async () => {
    const t = await intake({ description: 'tap drips', ...contacts });
    const written = await rows(t.id);
    // Customer: the start and record steps (customer and front-stage rows), on every channel that reaches them.
    const customer = written.filter((r) => r.kind === 'customer.step').map((r) => r.channel);
    expect(customer.sort()).toEqual([
      'email',
      'email',
      'in-app',
      'in-app',
      'sms',
      'sms',
      'webhook',
      'webhook',
      'wechat',
      'wechat',
    ]);
    // Staff: the front desk is assigned the record step.
    expect(
      written
        .filter((r) => r.kind === 'staff.assignment')
        .map((r) => r.channel)
        .sort(),
    ).toEqual(['in-app', 'webhook']);
    expect(written.every((r) => r.status === 'pending')).toBe(true);

    expect(await tick()).toBe(written.length);
    const after = await rows(t.id);
    expect(after.map((r) => [r.status, r.attempts])).toEqual(written.map(() => ['delivered', 1]));
    const ids = (channel: string) =>
      after
        .filter((r) => r.channel === channel)
        .map((r) => r.id)
        .sort();

    // Webhook: signed JSON, the notification id as the idempotency key.
    const hooks = providers.of('/hook').filter((h) => h.body.includes(t.id));
    expect(hooks.map((h) => h.headers['idempotency-key']).sort()).toEqual(ids('webhook'));
    for (const h of hooks)
      expect(h.headers['x-frontstage-signature']).toBe(
        `sha256=${createHmac('sha256', SECRET).update(h.body).digest('hex')}`,
      );

    // WeChat: one token for both sends, the documented body.
    expect(providers.of('/cgi-bin/token')).toHaveLength(1);
    expect(providers.of('/cgi-bin/token')[0]!.query.get('appid')).toBe('wx-app');
    const sends = providers.of('/cgi-bin/message/subscribe/send');
    expect(sends.map((s) => s.query.get('access_token'))).toEqual(['TOKEN-1', 'TOKEN-1']);
    const body = JSON.parse(sends[0]!.body) as {
      touser: string;
      template_id: string;
      page: string;
      data: Record<string, { value: string }>;
    };
    expect(body).toMatchObject({ touser: 'o-resident-1', template_id: 'TPL-STEP' });
    expect(Object.keys(body.data).sort()).toEqual(['character_string3', 'thing1', 'thing2']);

    // SMS: Aliyun SendSms, signed, the notification id as OutId.
    const sms = providers.of('/sms/').map((r) => Object.fromEntries(new URLSearchParams(r.body)));
    expect(sms.map((p) => p.OutId).sort()).toEqual(ids('sms'));
    for (const { Signature, ...params } of sms) {
      expect(params).toMatchObject({
        Action: 'SendSms',
        PhoneNumbers: '13800138000',
        TemplateCode: 'SMS_STEP',
        SignName: '物业服务',
      });
      expect(Signature).toBe(aliyunSignature('POST', params, SMS_SECRET));
    }

    // Email: arrived at the SMTP server, addressed to the resident, carrying its notification id.
    const mails = smtp.mails.filter((m) => m.to.includes('resident@example.com'));
    expect(mails.map((m) => /^X-Notification-Id: (\S+)$/im.exec(m.data)?.[1]).sort()).toEqual(ids('email'));

    // In-app: kept once per notification for the resident page and the staff console.
    const inApp = (await api.dataSource.query(
      sql('SELECT notification_id, audience FROM in_app_messages WHERE ticket_id = $1'),
      [t.id],
    )) as { notification_id: string; audience: string }[];
    expect(inApp.map((m) => m.notification_id).sort()).toEqual(ids('in-app'));
    expect(inApp.map((m) => m.audience).sort()).toEqual(['customer', 'customer', 'role:frontdesk']);

    // Nothing is sent twice.
    const sent = providers.received.length;
    expect(await tick()).toBe(0);
    expect(providers.received.length).toBe(sent);
  });

  it('writes nothing for a refused command, and retries a refused delivery after its backoff', async () => {
    const t = await intake({ description: 'door squeaks', ...contacts });
    await tick();
    const before = (await rows(t.id)).length;
    const stale = await api.http
      .post(`/api/tickets/${t.id}/events`)
      .set(await auth('frontdesk'))
      .send({ type: 'RECORDED', data: { location: 'hall' }, expectedVersion: 7 });
    expect(stale.status).toBe(409);
    expect(await rows(t.id)).toHaveLength(before);

    providers.failNext('/hook');
    await api.http
      .post(`/api/tickets/${t.id}/events`)
      .set(await auth('frontdesk'))
      .send({ type: 'RECORDED', data: { location: 'hall' }, expectedVersion: t.version })
      .expect(200);
    const fresh = (await rows(t.id)).filter((r) => r.status === 'pending');
    // Dispatch is backstage: the customer hears nothing, the dispatcher is assigned.
    expect(fresh.map((r) => `${r.kind}/${r.channel}`).sort()).toEqual([
      'staff.assignment/in-app',
      'staff.assignment/webhook',
    ]);
    await tick();
    const hook = (await rows(t.id)).find((r) => r.id === fresh.find((f) => f.channel === 'webhook')!.id)!;
    expect(hook).toMatchObject({ status: 'pending', attempts: 1 });
    expect(hook.last_error).toContain('500');
    expect(hook.available_at).toBe(new Date(clock.now().getTime() + BACKOFF_MS).toISOString());
    expect(await tick()).toBe(0);
    clock.advance(BACKOFF_MS);
    expect(await tick()).toBe(1);
    expect((await rows(t.id)).find((r) => r.id === hook.id)).toMatchObject({
      status: 'delivered',
      attempts: 2,
    });
    expect(providers.of('/hook').filter((h) => h.headers['idempotency-key'] === hook.id)).toHaveLength(2);
  });

  it('holds a customer’s messages through the quiet hours but not staff’s, and sends an emergency’s at once', async () => {
    clock.set(NIGHT);
    const repair = await intake({ description: 'tap drips at night', ...contacts });
    const leak = await intake({ waterFlowing: true, unit: '3-1201', ...contacts });
    const held = await rows(repair.id);
    expect(held.filter((r) => r.kind === 'customer.step').every((r) => r.available_at === MORNING)).toBe(
      true,
    );
    expect(held.filter((r) => r.kind !== 'customer.step').every((r) => r.available_at === NIGHT)).toBe(true);
    const urgent = (await rows(leak.id)).filter((r) => r.kind === 'customer.step');
    expect(urgent.length).toBeGreaterThan(0);
    expect(urgent.every((r) => r.available_at === NIGHT)).toBe(true);
    await tick();
    expect((await rows(repair.id)).filter((r) => r.status === 'delivered').map((r) => r.kind)).not.toContain(
      'customer.step',
    );
    expect(
      (await rows(leak.id)).filter((r) => r.kind === 'customer.step').every((r) => r.status === 'delivered'),
    ).toBe(true);
    clock.set(MORNING);
    await tick();
    expect((await rows(repair.id)).every((r) => r.status === 'delivered')).toBe(true);
  });

  it('tells the team a ticket is reassigned to, in the reassignment’s transaction', async () => {
    clock.set(MORNING);
    const t = await intake({ description: 'lamp flickers' });
    const before = new Set((await rows(t.id)).map((r) => r.id));
    await api.http
      .post(`/api/tickets/${t.id}/reassign`)
      .set(await auth('supervisor'))
      .send({ team: 'security', expectedVersion: t.version })
      .expect(200);
    const added = (await rows(t.id)).filter((r) => !before.has(r.id));
    expect(added.map((r) => `${r.kind}/${r.channel}`).sort()).toEqual([
      'staff.assignment/in-app',
      'staff.assignment/webhook',
    ]);
    await tick();
    const [moved] = (await api.dataSource.query(
      sql(
        "SELECT body FROM in_app_messages WHERE ticket_id = $1 AND audience = 'role:frontdesk' ORDER BY created_at DESC",
      ),
      [t.id],
    )) as { body: string }[];
    expect(JSON.parse(moved!.body)).toMatchObject({ 'zh-CN': expect.stringContaining('新工单待处理') });
  });

  it('sends a resident’s sign-in code by SMS at once, even at night, and never in-app', async () => {
    clock.set(NIGHT);
    const ids = await api.app.get(Transactor).run((m) =>
      api.app.get(NotificationsService).enqueue(m, {
        kind: 'resident.sign-in-code',
        ticketId: null,
        urgent: true,
        recipient: { audience: 'customer', phone: '13900139000' },
        body: { text: { 'zh-CN': '验证码 482913', en: 'Code 482913' }, params: { code: '482913' } },
        channels: ['sms', 'in-app'],
      }),
    );
    expect(ids).toHaveLength(1);
    await tick();
    const sms = providers
      .of('/sms/')
      .map((r) => Object.fromEntries(new URLSearchParams(r.body)))
      .find((p) => p.OutId === ids[0]);
    expect(sms).toMatchObject({
      PhoneNumbers: '13900139000',
      TemplateCode: 'SMS_CODE',
      TemplateParam: '{"code":"482913"}',
    });
  });

  it('sends the code a resident asks for by SMS, and nothing for a phone it does not know', async () => {
    const { phone } = await demoResident(api);
    const before = providers.of('/sms/').length;
    await api.http.post('/api/residents/auth/code').send({ phone }).expect(202);
    await api.http.post('/api/residents/auth/code').send({ phone: '13900000009' }).expect(202);
    await tick();
    const code = api.app.get<LoggingSignInCodeSender>(SIGN_IN_CODE_SENDER).lastCode(phone);
    expect(code).toMatch(/^\d{6}$/);
    const sent = providers
      .of('/sms/')
      .slice(before)
      .map((r) => Object.fromEntries(new URLSearchParams(r.body)));
    expect(sent).toEqual([
      expect.objectContaining({
        PhoneNumbers: phone,
        TemplateCode: 'SMS_CODE',
        TemplateParam: JSON.stringify({ code }),
      }),
    ]);
  });

  it('forgets settled rows after the retention and keeps the in-app store', async () => {
    const kept = (await api.dataSource.query('SELECT COUNT(*) AS n FROM in_app_messages')) as {
      n: number | string;
    }[];
    clock.advance(OUTBOX_RETENTION_MS + 86_400_000);
    await tick();
    const left = (await api.dataSource.query('SELECT status FROM outbox')) as { status: string }[];
    expect(left.every((r) => r.status === 'pending')).toBe(true);
    const still = (await api.dataSource.query('SELECT COUNT(*) AS n FROM in_app_messages')) as {
      n: number | string;
    }[];
    expect(Number(still[0]!.n)).toBe(Number(kept[0]!.n));
    expect(Number(kept[0]!.n)).toBeGreaterThan(0);
  });
});
