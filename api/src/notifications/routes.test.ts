import { describe, expect, it } from 'vitest';
import type { Notification } from './notification.js';
import { routes, type Reach } from './routes.js';

const sms: Reach = { name: 'sms', reaches: (n) => Boolean(n.recipient.phone) };
const email: Reach = { name: 'email', reaches: (n) => Boolean(n.recipient.email) };
const step = (recipient: Notification['recipient']): Notification => ({
  kind: 'customer.step',
  ticketId: 't-1',
  recipient,
  body: { text: { 'zh-CN': '好', en: 'ok' }, params: {} },
});

describe('routes', () => {
  it('sends a ticket notice in-app and by every channel that reaches the recipient', () => {
    expect(routes(step({ audience: 'customer', phone: '13800000000' }), [sms, email])).toEqual([
      'in-app',
      'sms',
    ]);
  });

  it('never puts a sign-in code in-app', () => {
    const code = {
      ...step({ audience: 'customer', phone: '1' }),
      kind: 'resident.sign-in-code' as const,
      ticketId: null,
    };
    expect(routes(code, [sms, email])).toEqual(['sms']);
  });

  it('keeps only the channels the caller names', () => {
    const n = { ...step({ audience: 'customer', phone: '1', email: 'a@b.c' }), channels: ['email'] as const };
    expect(routes(n, [sms, email])).toEqual(['email']);
  });
});
