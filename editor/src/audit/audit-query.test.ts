import { describe, expect, it } from 'vitest';
import {
  auditFormOf,
  dayPeriod,
  EMPTY_AUDIT_FORM,
  localToIso,
  paramsOfAuditForm,
  toAuditFilter,
} from './audit-query';

describe('toAuditFilter', () => {
  it('trims text, writes event types in capitals and times as instants', () => {
    const filter = toAuditFilter({
      ...EMPTY_AUDIT_FORM,
      actorId: ' engineer ',
      eventType: 'shut_off',
      from: '2026-11-24T09:30',
      outcome: 'refused',
    });
    expect(filter.actorId).toBe('engineer');
    expect(filter.eventType).toBe('SHUT_OFF');
    expect(filter.from).toBe(new Date(2026, 10, 24, 9, 30).toISOString());
    expect(filter.outcome).toBe('refused');
    expect(filter.to).toBe('');
  });
});

describe('localToIso', () => {
  it('leaves an empty or unreadable time out', () => {
    expect(localToIso('')).toBe('');
    expect(localToIso('not a time')).toBe('');
  });
});

describe('dayPeriod', () => {
  it('runs from the start of the first day to the end of the last', () => {
    expect(dayPeriod('2026-11-01', '2026-11-24')).toEqual({
      from: new Date(2026, 10, 1).toISOString(),
      to: new Date(2026, 10, 25).toISOString(),
    });
  });

  it('leaves an open end to the server', () => {
    expect(dayPeriod('', '')).toEqual({});
  });
});

describe('the audit search in the address', () => {
  it('carries the ticket search (words, room, phone) with the other filters, and reads it back', () => {
    const form = {
      ...EMPTY_AUDIT_FORM,
      q: '漏水 厨房',
      room: '3栋2单元1101',
      phone: '8000',
      outcome: 'accepted',
    };
    const params = paramsOfAuditForm(form);
    expect(params).toEqual({ q: '漏水 厨房', room: '3栋2单元1101', phone: '8000', outcome: 'accepted' });
    expect(auditFormOf(params)).toEqual(form);
    expect(auditFormOf({ room: ' 3-2-1101 ', unknown: 'x' })).toEqual({
      ...EMPTY_AUDIT_FORM,
      room: ' 3-2-1101 ',
    });
  });

  it('sends the ticket search trimmed', () => {
    const filter = toAuditFilter({ ...EMPTY_AUDIT_FORM, q: ' 电梯 ', room: ' 大门', phone: '8000 ' });
    expect(filter).toMatchObject({ q: '电梯', room: '大门', phone: '8000' });
  });
});
