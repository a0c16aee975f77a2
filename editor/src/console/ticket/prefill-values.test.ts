import { describe, expect, it } from 'vitest';
import type { Customer, Field } from '@frontstage/engine';
import { ticketFixture } from '../../test-support/ticket-fixture';
import { prefilledInputs } from './prefill-values';

const label = { 'zh-CN': '字段', en: 'Field' };
const form: Field[] = [
  { name: 'complainant', label, type: 'string', prefill: 'customer.name' },
  { name: 'complainedAt', label, type: 'date', prefill: 'reportedAt' },
  { name: 'content', label, type: 'text', prefill: 'fact.description' },
  { name: 'unit', label, type: 'string', prefill: 'unit' },
  { name: 'phone', label, type: 'phone', prefill: 'customer.phone' },
  { name: 'note', label, type: 'text' },
];
const customer = (phone: string, phoneMasked: boolean) =>
  ({
    id: 'c',
    name: '王芳',
    phone,
    phoneMasked,
    segments: {},
    holdings: [],
    createdAt: '',
  }) as unknown as Customer;

describe('a step form filled from the ticket', () => {
  it('takes the caller, the unit, the description and the day from the ticket', () => {
    const ticket = ticketFixture({
      customer: customer('13800001234', false),
      location: { unitId: '22222222-2222-4222-8222-222222222222', areaId: null, code: '3-1-1202' },
      createdAt: '2026-11-24T08:00:00.000Z',
    });
    const day = new Date('2026-11-24T08:00:00.000Z');
    expect(prefilledInputs(form, ticket)).toEqual({
      complainant: '王芳',
      complainedAt: `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`,
      content: '楼上跑水',
      unit: '3-1-1202',
      phone: '13800001234',
    });
  });

  it('leaves out a masked phone, and the unit of a ticket about a common area', () => {
    const ticket = ticketFixture({
      customer: customer('138****1234', true),
      location: { unitId: null, areaId: '33333333-3333-4333-8333-333333333333', code: 'lobby' },
    });
    const inputs = prefilledInputs(form, ticket);
    expect(inputs.phone).toBeUndefined();
    expect(inputs.unit).toBeUndefined();
    expect(inputs.complainant).toBe('王芳');
  });
});
