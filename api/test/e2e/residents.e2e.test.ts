import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../../src/database/sql.js';
import { DB_KINDS, startApi, type Api } from '../support/harness.js';
import { demoResident, residentToken, SHIPPED_BLUEPRINTS, staffEvent } from '../support/residents.js';
import {
  SIGN_IN_CODE_SENDER,
  type LoggingSignInCodeSender,
} from '../../src/residents/sign-in-code-sender.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const count = async (api: Api, table: string) =>
  Number((await runSql<{ n: number | string }>(api.dataSource, `SELECT COUNT(*) AS n FROM ${table}`))[0]!.n);

describe.each(DB_KINDS)('residents on %s', (kind) => {
  let api: Api;
  let resident: { id: string; phone: string; unitId: string };
  let token: string;

  beforeAll(async () => {
    api = await startApi(kind, { env: { FRONTSTAGE_BLUEPRINTS: SHIPPED_BLUEPRINTS } });
    resident = await demoResident(api);
    token = await residentToken(api, resident.phone);
  }, 120_000);
  afterAll(() => api?.close());

  /** Reports '厨房水管漏水' at the resident's home; answers the follow view. */
  const report = (as = token, unitId = resident.unitId) =>
    api.http
      .post('/api/residents/tickets')
      .set(bearer(as))
      .send({
        place: { kind: 'unit', id: unitId },
        category: 'repair',
        description: '厨房水管漏水',
        preferredTime: '今晚7点后',
      });

  const follow = (id: string, as = token) => api.http.get(`/api/residents/tickets/${id}`).set(bearer(as));

  describe('sign-in', () => {
    it('answers the same for a known and an unknown phone, and sends a code only to the known one', async () => {
      const sender = api.app.get<LoggingSignInCodeSender>(SIGN_IN_CODE_SENDER);
      const known = await api.http
        .post('/api/residents/auth/code')
        .send({ phone: resident.phone })
        .expect(202);
      const unknown = await api.http
        .post('/api/residents/auth/code')
        .send({ phone: '13900000001' })
        .expect(202);
      expect(unknown.body).toEqual(known.body);
      expect(sender.lastCode('13900000001')).toBeUndefined();
      expect(sender.lastCode(resident.phone)).toMatch(/^\d{6}$/);
    });

    it('keeps only a hash of the code, with an expiry within 10 minutes', async () => {
      const code = api.app.get<LoggingSignInCodeSender>(SIGN_IN_CODE_SENDER).lastCode(resident.phone)!;
      const rows = await runSql<{ code_hash: string; created_at: string; expires_at: string }>(
        api.dataSource,
        'SELECT code_hash, created_at, expires_at FROM resident_codes WHERE phone = $1',
        [resident.phone],
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.code_hash).not.toContain(code);
        const ttl = Date.parse(r.expires_at) - Date.parse(r.created_at);
        expect(ttl).toBeGreaterThanOrEqual(5 * 60_000);
        expect(ttl).toBeLessThanOrEqual(10 * 60_000);
      }
    });

    it('refuses a wrong code with 401 and kills the code after 5 wrong tries', async () => {
      const phone = (await demoResident(api, 1)).phone;
      await api.http.post('/api/residents/auth/code').send({ phone }).expect(202);
      const code = api.app.get<LoggingSignInCodeSender>(SIGN_IN_CODE_SENDER).lastCode(phone)!;
      const wrong = code === '000000' ? '111111' : '000000';
      for (let i = 0; i < 5; i++) {
        const res = await api.http
          .post('/api/residents/auth/sign-in')
          .send({ phone, code: wrong })
          .expect(401);
        expect(res.body.details.field).toBe('code');
      }
      await api.http.post('/api/residents/auth/sign-in').send({ phone, code }).expect(401);
    });

    it('counts tries sent at once one by one: 20 wrong guesses together use exactly the 5 tries', async () => {
      const phone = (await demoResident(api, 6)).phone;
      await api.http.post('/api/residents/auth/code').send({ phone }).expect(202);
      const code = api.app.get<LoggingSignInCodeSender>(SIGN_IN_CODE_SENDER).lastCode(phone)!;
      const guesses = Array.from({ length: 20 }, (_, i) =>
        String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'),
      );
      const answers = await Promise.all(
        guesses.map((guess) => api.http.post('/api/residents/auth/sign-in').send({ phone, code: guess })),
      );
      expect(answers.map((a) => a.status)).toEqual(guesses.map(() => 401));
      const [row] = await runSql<{ attempts: number | string }>(
        api.dataSource,
        'SELECT attempts FROM resident_codes WHERE phone = $1 ORDER BY created_at DESC LIMIT 1',
        [phone],
      );
      expect(Number(row!.attempts)).toBe(5);
      await api.http.post('/api/residents/auth/sign-in').send({ phone, code }).expect(401);
    });

    it('opens one session with one code, even when the right code is sent twice at once', async () => {
      const phone = (await demoResident(api, 7)).phone;
      await api.http.post('/api/residents/auth/code').send({ phone }).expect(202);
      const code = api.app.get<LoggingSignInCodeSender>(SIGN_IN_CODE_SENDER).lastCode(phone)!;
      const answers = await Promise.all(
        [1, 2, 3].map(() => api.http.post('/api/residents/auth/sign-in').send({ phone, code })),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 401, 401]);
    });

    it('limits codes per phone (429 with Retry-After), known or not', async () => {
      for (const phone of ['13900000002', (await demoResident(api, 2)).phone]) {
        for (let i = 0; i < 3; i++)
          await api.http.post('/api/residents/auth/code').send({ phone }).expect(202);
        const res = await api.http.post('/api/residents/auth/code').send({ phone }).expect(429);
        expect(res.body.details.field).toBe('phone');
        expect(res.headers['retry-after']).toBeDefined();
      }
    });

    it('gives a session cookie that refreshes into a resident token', async () => {
      const phone = (await demoResident(api, 3)).phone;
      await api.http.post('/api/residents/auth/code').send({ phone }).expect(202);
      const code = api.app.get<LoggingSignInCodeSender>(SIGN_IN_CODE_SENDER).lastCode(phone)!;
      const signedIn = await api.http.post('/api/residents/auth/sign-in').send({ phone, code }).expect(200);
      const cookie = String(signedIn.headers['set-cookie']);
      expect(cookie).toMatch(
        /^frontstage_resident=[^;]+; Path=\/api\/residents\/auth;.*HttpOnly; SameSite=Strict/,
      );
      expect(signedIn.body.resident.phone).not.toBe(phone);
      const refreshed = await api.http
        .post('/api/residents/auth/refresh')
        .set('cookie', cookie.split(';')[0]!)
        .expect(200);
      await api.http.get('/api/residents/options').set(bearer(refreshed.body.token)).expect(200);
    });

    it('refuses a resident token on every staff endpoint tried, and a staff token on resident endpoints', async () => {
      for (const path of ['/api/tickets', '/api/auth/me', '/api/vocabulary', '/api/audit', '/api/stream'])
        expect((await api.http.get(path).set(bearer(token))).status).toBe(403);
      const staff = await api.token('frontdesk');
      await api.http.get('/api/residents/tickets').set(bearer(staff)).expect(403);
    });
  });

  describe('report and follow', () => {
    it('classifies the report as intake does and shows the class and the promised time', async () => {
      const res = await report().expect(201);
      expect(res.body.class).toBe('special');
      expect(res.body.classLabel['zh-CN']).toBe('特约服务');
      expect(res.body.expected.within['zh-CN']).toBe('15分钟');
      expect(Date.parse(res.body.expected.by)).toBeGreaterThan(Date.now());
      const staff = await api.http
        .get(`/api/tickets/${res.body.id}`)
        .set(bearer(await api.token('frontdesk')))
        .expect(200);
      expect(staff.body.classification.class).toBe(res.body.class);
      expect(staff.body.customerId).toBe(resident.id);
      expect(staff.body.facts).toMatchObject({
        type: 'repair',
        description: '厨房水管漏水',
        preferredTime: '今晚7点后',
      });
      const list = await api.http.get('/api/residents/tickets').set(bearer(token)).expect(200);
      expect(list.body.items.map((t: { id: string }) => t.id)).toContain(res.body.id);
    });

    it('refuses a place that is not the resident’s and an unknown category, naming the field, storing nothing', async () => {
      const before = await count(api, 'tickets');
      const other = (await demoResident(api, 5)).unitId;
      const place = await report(token, other).expect(400);
      expect(place.body.details.field).toBe('place');
      const category = await api.http
        .post('/api/residents/tickets')
        .set(bearer(token))
        .send({ place: { kind: 'unit', id: resident.unitId }, category: 'nonsense', description: 'x' })
        .expect(400);
      expect(category.body.details.field).toBe('category');
      expect(await count(api, 'tickets')).toBe(before);
    });

    it('walks quote, consent and payment, the visit, confirmation and a 2-star rating that reopens per blueprint', async () => {
      const id = (await report().expect(201)).body.id as string;
      expect(
        (
          await staffEvent(api, 'frontdesk', id, 'RECORDED', {
            description: '厨房水管漏水',
            unit: '3-1',
            phone: resident.phone,
          })
        ).status,
      ).toBe(200);
      await api.http
        .post(`/api/tickets/${id}/comments`)
        .set(bearer(await api.token('frontdesk')))
        .send({ body: 'INTERNAL 业主脾气不好' })
        .expect(201);
      expect((await staffEvent(api, 'engineer', id, 'QUOTED', { quoteAmount: 120 })).status).toBe(200);
      let view = (await follow(id).expect(200)).body;
      expect(view.quote).toEqual({ amount: 120, currency: 'CNY' });
      expect(view.actions.map((a: { kind: string }) => a.kind)).toEqual(['accept_quote', 'decline_quote']);
      const wrongAmount = await api.http
        .post(`/api/residents/tickets/${id}/payment`)
        .set(bearer(token))
        .send({ amount: 99, provider: 'wechat_pay', consent: true, expectedVersion: view.version })
        .expect(400);
      expect(wrongAmount.body.details.field).toBe('amount');
      const paid = await api.http
        .post(`/api/residents/tickets/${id}/payment`)
        .set(bearer(token))
        .send({ amount: 120, provider: 'wechat_pay', consent: true, expectedVersion: view.version })
        .expect(200);
      expect(paid.body).toMatchObject({ amount: 120, status: 'consented', provider: 'wechat_pay' });
      expect(await count(api, 'resident_payments')).toBe(1);
      expect((await staffEvent(api, 'frontdesk', id, 'ORDER_CONFIRMED')).status).toBe(200);
      view = (await follow(id).expect(200)).body;
      expect(view.now['zh-CN']).toBe('正在为您安排');
      expect(
        (
          await staffEvent(api, 'dispatcher', id, 'SCHEDULED', {
            provider: 'in_house',
            appointment: '2026-12-04',
          })
        ).status,
      ).toBe(200);
      expect((await staffEvent(api, 'engineer', id, 'WORK_DONE')).status).toBe(200);
      view = (await follow(id).expect(200)).body;
      expect(view.visitor.name).toBe('engineer');
      expect(view.timeline.map((m: { step: { 'zh-CN': string } }) => m.step['zh-CN'])).toContain('上门维修');
      const confirm = view.actions.find((a: { kind: string }) => a.kind === 'confirm');
      await api.http
        .post(`/api/residents/tickets/${id}/answer`)
        .set(bearer(token))
        .send({ event: confirm.event, expectedVersion: view.version })
        .expect(200);
      expect(
        (await staffEvent(api, 'frontdesk', id, 'PAID', { amountPaid: 120, receiptNo: 'R-1' })).status,
      ).toBe(200);
      view = (await follow(id).expect(200)).body;
      const noReason = await api.http
        .post(`/api/residents/tickets/${id}/rating`)
        .set(bearer(token))
        .send({ stars: 2, expectedVersion: view.version })
        .expect(400);
      expect(noReason.body.details.field).toBe('reasons');
      await api.http
        .post(`/api/residents/tickets/${id}/rating`)
        .set(bearer(token))
        .send({ stars: 2, reasons: ['师傅迟到'], comment: '水管还在滴水', expectedVersion: view.version })
        .expect(200);
      const staff = await api.http
        .get(`/api/tickets/${id}`)
        .set(bearer(await api.token('supervisor')))
        .expect(200);
      // in-home-repair: unsatisfied (< 3) -> free rework (免费返修), the engineer's again.
      expect(staff.body.state).toBe('rework');
      expect(staff.body.data).toMatchObject({ satisfaction: 2, comments: '师傅迟到；水管还在滴水' });
      const history = await api.http
        .get(`/api/tickets/${id}/history`)
        .set(bearer(await api.token('supervisor')))
        .expect(200);
      const rating = history.body.find((e: { eventType: string }) => e.eventType === 'CALLBACK_DONE');
      expect(rating.actorId).toBe(`resident:${resident.id}`);
      view = (await follow(id).expect(200)).body;
      const text = JSON.stringify(view);
      expect(text).not.toContain('INTERNAL');
      expect(text).not.toContain('是否满意');
      expect(text).not.toContain('安排工程师或外部供方');
      expect(text).not.toContain('frontdesk');
      expect(text).not.toContain('dispatcher');
    });
  });

  describe('bad input', () => {
    it('answers 404 for another resident’s ticket on every resident endpoint, storing nothing', async () => {
      const id = (await report().expect(201)).body.id as string;
      const other = await residentToken(api, (await demoResident(api, 4)).phone);
      const auditBefore = await count(api, 'audit_entries');
      const paymentsBefore = await count(api, 'resident_payments');
      await follow(id, other).expect(404);
      for (const [path, body] of [
        ['rating', { stars: 1, reasons: ['差'], expectedVersion: 1 }],
        ['answer', { event: 'ACCEPTED', expectedVersion: 1 }],
        ['payment', { amount: 1, provider: 'alipay', consent: true, expectedVersion: 1 }],
      ] as const)
        await api.http.post(`/api/residents/tickets/${id}/${path}`).set(bearer(other)).send(body).expect(404);
      const list = await api.http.get('/api/residents/tickets').set(bearer(other)).expect(200);
      expect(list.body.items.map((t: { id: string }) => t.id)).not.toContain(id);
      expect(await count(api, 'audit_entries')).toBe(auditBefore);
      expect(await count(api, 'resident_payments')).toBe(paymentsBefore);
    });

    it('refuses a rating when none is asked, and out-of-range stars, naming the field', async () => {
      const id = (await report().expect(201)).body.id as string;
      const early = await api.http
        .post(`/api/residents/tickets/${id}/rating`)
        .set(bearer(token))
        .send({ stars: 5, expectedVersion: 1 })
        .expect(422);
      expect(early.body.details.field).toBe('stars');
      const range = await api.http
        .post(`/api/residents/tickets/${id}/rating`)
        .set(bearer(token))
        .send({ stars: 9, expectedVersion: 1 })
        .expect(400);
      expect(range.body.details.field).toBe('stars');
    });
  });

  describe('tracking links', () => {
    it('grants only its ticket: the link follows it, another ticket is 404, a forged token 404', async () => {
      const mine = (await report().expect(201)).body.id as string;
      const other = (await report().expect(201)).body.id as string;
      const desk = bearer(await api.token('frontdesk'));
      const link = await api.http.post(`/api/tickets/${mine}/tracking-link`).set(desk).expect(201);
      expect(link.body.url).toMatch(/\/r\/t\/[A-Za-z0-9_-]{32}$/);
      const stored = await runSql<{ token_hash: string }>(
        api.dataSource,
        'SELECT token_hash FROM tracking_links',
      );
      expect(stored.map((r) => r.token_hash)).not.toContain(link.body.token);
      const opened = await api.http
        .post('/api/residents/auth/track')
        .send({ token: link.body.token })
        .expect(200);
      const tracked = bearer(opened.body.token);
      expect((await api.http.get(`/api/residents/tickets/${mine}`).set(tracked).expect(200)).body.id).toBe(
        mine,
      );
      await api.http.get(`/api/residents/tickets/${other}`).set(tracked).expect(404);
      const list = await api.http.get('/api/residents/tickets').set(tracked).expect(200);
      expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([mine]);
      await api.http
        .post('/api/residents/tickets')
        .set(tracked)
        .send({ place: { kind: 'unit', id: resident.unitId }, category: 'repair', description: 'x' })
        .expect(403);
      await api.http
        .post('/api/residents/auth/track')
        .send({ token: 'A'.repeat(32) })
        .expect(404);
      // A new link replaces the old one.
      await api.http.post(`/api/tickets/${mine}/tracking-link`).set(desk).expect(201);
      await api.http.post('/api/residents/auth/track').send({ token: link.body.token }).expect(404);
    });
  });

  describe('follow', () => {
    it('never shows backstage or support steps, internal comments or staff the customer does not meet, for random histories', async () => {
      const blueprints = api.app.get(
        (await import('../../src/blueprints/blueprints.service.js')).BlueprintsService,
      );
      const users: Record<string, string> = {
        frontdesk: 'frontdesk',
        dispatcher: 'dispatcher',
        engineer: 'engineer',
        supplier_coordinator: 'coordinator',
        supervisor: 'supervisor',
        site_manager: 'manager',
        security: 'security',
        quality: 'quality',
      };
      // The walks must get somewhere: a property over tickets stuck at intake would prove little.
      let longest = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat(), { minLength: 4, maxLength: 14 }), async (picks) => {
          const created = (await report().expect(201)).body;
          const id = created.id as string;
          const ticket = (await api.http.get(`/api/tickets/${id}`).set(bearer(await api.token('supervisor'))))
            .body;
          const compiled = await blueprints.compiledVersion(ticket.blueprint.key, ticket.blueprint.version);
          const lanes = new Map(compiled.blueprint.steps.map((s) => [s.id, s]));
          const n = { i: 0 };
          for (const pick of picks) {
            const now = (await api.http.get(`/api/tickets/${id}`).set(bearer(await api.token('supervisor'))))
              .body;
            if (now.status !== 'open') break;
            await api.http
              .post(`/api/tickets/${id}/comments`)
              .set(bearer(await api.token('frontdesk')))
              .send({ body: `HIDDEN-note-${n.i++}` });
            const events = (
              now.allowedEvents as {
                type: string;
                roles: string[];
                fields: {
                  name: string;
                  type: string;
                  customerVisible?: boolean;
                  options?: { value: unknown }[];
                  min?: number;
                  max?: number;
                }[];
              }[]
            ).filter((e) => e.roles.some((r) => r === 'customer' || users[r]));
            if (events.length === 0) break;
            const event = events[pick % events.length]!;
            const role =
              event.roles.filter((r) => r === 'customer' || users[r])[pick % event.roles.length] ??
              event.roles.find((r) => users[r]) ??
              'customer';
            const visibleHere = ['customer', 'frontstage'].includes(lanes.get(now.state)?.lane ?? '');
            const data = Object.fromEntries(
              event.fields.map((f) => [
                f.name,
                f.type === 'choice'
                  ? f.options![pick % f.options!.length]!.value
                  : f.type === 'integer' || f.type === 'number'
                    ? Math.max(f.min ?? 1, Math.min(f.max ?? 5, 1 + (pick % 5)))
                    : f.type === 'boolean'
                      ? pick % 2 === 0
                      : f.type === 'date'
                        ? '2026-12-04'
                        : f.type === 'phone'
                          ? '13800138000'
                          : `${visibleHere && f.customerVisible ? 'SHOWN' : 'HIDDEN'}-${n.i++}`,
              ]),
            );
            await staffEvent(api, role === 'customer' ? 'frontdesk' : users[role]!, id, event.type, data);
          }
          const view = (await follow(id).expect(200)).body;
          longest = Math.max(longest, view.timeline.length);
          const text = JSON.stringify(view);
          expect(text).not.toContain('HIDDEN');
          for (const s of compiled.blueprint.steps)
            if (!['customer', 'frontstage'].includes(s.lane)) {
              expect(text).not.toContain(`"${s.label['zh-CN']}"`);
              expect(text).not.toContain(`"${s.label.en}"`);
            }
          const visitors = new Set<string>();
          for (const m of view.timeline as { step: { en: string }; visitor?: { name: string } }[])
            if (m.visitor) {
              visitors.add(m.visitor.name);
              const step = compiled.blueprint.steps.find((s) => s.label.en === m.step.en);
              expect(step?.customerSeesActor).toBe(true);
            }
          for (const u of Object.values(users)) if (!visitors.has(u)) expect(text).not.toContain(`"${u}"`);
        }),
        { numRuns: kind === 'sqlite' ? 8 : 3 },
      );
      expect(longest).toBeGreaterThanOrEqual(4);
    });
  });
});
