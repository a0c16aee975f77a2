import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Blueprint } from '../schema/blueprint.js';
import { validate } from '../validate.js';
import { notifiesCustomer, ticketNotices } from './customer-notices.js';
import { customerMessageCount } from './message-count.js';
import { placeholdersIn, renderNotice } from './notice-template.js';

const repair = Blueprint.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../blueprints/shared-repair.json'), 'utf8')),
);
const withStep = (id: string, over: Partial<Blueprint['steps'][number]>): Blueprint => ({
  ...repair,
  steps: repair.steps.map((s) => (s.id === id ? { ...s, ...over } : s)),
});

describe('renderNotice', () => {
  it('fills each placeholder in its language and leaves an unknown one as written', () => {
    const text = renderNotice(
      { 'zh-CN': '{visitor}预计{expected}内到达{nope}', en: 'The {visitor} arrives within {expected}' },
      { visitor: { 'zh-CN': '维修工程师', en: 'engineer' }, expected: { 'zh-CN': '2 小时', en: '2 hours' } },
    );
    expect(text).toEqual({
      'zh-CN': '维修工程师预计2 小时内到达{nope}',
      en: 'The engineer arrives within 2 hours',
    });
  });

  it('lists the placeholders a template names', () => {
    expect(placeholdersIn('a {step} b {expected}{step}')).toEqual(['step', 'expected', 'step']);
  });
});

describe('notifiesCustomer', () => {
  const step = (id: string) => repair.steps.find((s) => s.id === id)!;

  it('tells at front-stage and customer steps, not backstage, support or decisions', () => {
    expect(['start', 'record', 'onsite', 'confirm'].map((id) => notifiesCustomer(step(id)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['dispatch', 'notify_engineer', 'satisfied', 'closed'].map((id) => notifiesCustomer(step(id))),
    ).toEqual([false, false, false, false]);
  });

  it('follows the step when it says on or off', () => {
    expect(notifiesCustomer({ ...step('onsite'), customerNotice: { enabled: false } })).toBe(false);
    expect(notifiesCustomer({ ...step('closed'), customerNotice: { enabled: true } })).toBe(true);
  });
});

describe('ticketNotices', () => {
  it('tells the customer of each telling step entered, with the time standard in words', () => {
    const notices = ticketNotices(repair, {
      flows: ['dispatch-notify_engineer-dispatched', 'notify_engineer-onsite'],
      created: false,
      effects: [],
      ticket: 'T-7',
    });
    expect(notices).toEqual([
      {
        kind: 'customer.step',
        stepId: 'onsite',
        emergency: false,
        text: expect.objectContaining({ 'zh-CN': expect.stringContaining('预计2 小时内完成') }),
      },
    ]);
  });

  it('uses the step template with its placeholders filled', () => {
    const bp = withStep('onsite', {
      customerNotice: {
        text: {
          'zh-CN': '{visitor}将在{expected}内上门（{ticket}）',
          en: 'The {visitor} comes within {expected} ({ticket})',
        },
      },
    });
    const [notice] = ticketNotices(bp, {
      flows: ['notify_engineer-onsite'],
      created: false,
      effects: [],
      ticket: 'T-7',
    });
    expect(notice).toMatchObject({
      text: { 'zh-CN': '维修工程师将在2 小时内上门（T-7）', en: 'The Engineer comes within 2 hours (T-7)' },
    });
  });

  it('turns assignment, breach and escalation effects into staff notices', () => {
    const notices = ticketNotices(repair, {
      flows: [],
      created: false,
      ticket: 'T-1',
      effects: [
        { kind: 'assign', stepId: 'dispatch', roles: ['dispatcher'] },
        {
          kind: 'notify',
          stepId: 'dispatch',
          to: 'supervisor',
          message: { 'zh-CN': '超时', en: 'late' },
          reason: 'breach',
        },
        { kind: 'escalate', stepId: 'dispatch', to: 'supervisor', timerId: 'x' },
      ],
    });
    expect(notices.map((n) => n.kind)).toEqual(['staff.assignment', 'staff.alert', 'staff.escalation']);
  });
});

describe('customerMessageCount', () => {
  it('counts the messages on every path of the shipped repair blueprint and flags the rework loop', () => {
    const count = customerMessageCount(repair);
    expect(count.paths.length).toBeGreaterThan(1);
    // start, record, onsite, confirm, callback (+ callback_booked on the rescheduled path).
    expect(count.min).toBe(5);
    expect(count.max).toBe(6);
    expect(count.loops).toBe(true);
  });

  it('drops a message from every path when a step is silenced', () => {
    expect(customerMessageCount(withStep('record', { customerNotice: { enabled: false } })).max).toBe(5);
  });
});

describe('validate: customer messages', () => {
  it('names the step of an unknown placeholder', () => {
    const bp = withStep('onsite', {
      customerNotice: { text: { 'zh-CN': '{工程师}来了', en: '{who} is coming' } },
    });
    const found = validate(bp).diagnostics.filter((d) => d.code === 'notice.unknown_placeholder');
    expect(found.map((d) => [d.stepId, d.path.at(-1)])).toEqual([
      ['onsite', 'zh-CN'],
      ['onsite', 'en'],
    ]);
    expect(found[1]!.message.en).toContain('"{who}"');
    expect(validate(bp).ok).toBe(false);
  });

  it('warns of a promised time on a step without a time standard', () => {
    const bp = withStep('closed', { customerNotice: { text: { 'zh-CN': '{expected}', en: '{expected}' } } });
    expect(validate(bp).diagnostics.some((d) => d.code === 'notice.expected_without_time_standard')).toBe(
      true,
    );
  });
});
