import { describe, expect, it } from 'vitest';
import { expectedText, WORDS } from './resident-words.js';

const within = { 'zh-CN': '15分钟', en: '15 minutes' };
const what = { 'zh-CN': '上门维修', en: 'Repair visit' };
const moment = { at: '2026-12-03T10:00:00.000Z', step: what, happened: what, fields: [] };

describe('expectedText', () => {
  it('promises a call back while only the request is in, then names the next visible step', () => {
    const ticket = { expected: { by: '2026-12-03T10:15:00.000Z', within, what }, timeline: [moment] };
    expect(expectedText(ticket, 'zh-CN')).toBe('预计15分钟内联系您');
    expect(expectedText(ticket, 'en')).toBe('Expected within 15 minutes: we contact you');
    expect(expectedText({ ...ticket, timeline: [moment, moment] }, 'zh-CN')).toBe('预计15分钟内：上门维修');
  });

  it('says nothing when no time is promised', () => {
    expect(expectedText({ expected: null, timeline: [] }, 'zh-CN')).toBeNull();
  });

  it('has every word in both languages', () => {
    expect(Object.keys(WORDS.en).sort()).toEqual(Object.keys(WORDS['zh-CN']).sort());
  });
});
