import type { JsonValue } from '@frontstage/engine';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { describeError } from './describe-error';
import { en, type MessageKey } from './messages';
import { zhCN } from './messages-zh';

const i18n = (table: Record<MessageKey, string>, locale: 'en' | 'zh-CN') => ({
  t: (key: MessageKey, vars?: Record<string, string | number>) =>
    table[key].replace(/\{(\w+)\}/g, (_, n: string) => String(vars?.[n] ?? '')),
  text: (v: { 'zh-CN': string; en: string } | undefined) => (v ? v[locale] : ''),
});
const english = i18n(en, 'en');
const chinese = i18n(zhCN, 'zh-CN');
const apiError = (status: number, error: string, message: string, details?: Record<string, JsonValue>) =>
  new ApiError(status, { statusCode: status, error, message, details });

describe('describeError', () => {
  it('explains a known API error code in the page language', () => {
    const conflict = apiError(409, 'version_conflict', 'ticket version 3 is not 2');
    expect(describeError(conflict, english)).toBe(en['err.conflict']);
    expect(describeError(conflict, chinese)).toBe(zhCN['err.conflict']);
  });

  it('names the field the API refused', () => {
    const bad = apiError(400, 'validation_failed', 'steps.0.id: bad', { field: 'steps.0.id' });
    expect(describeError(bad, chinese)).toBe('服务器拒绝了提交的数据（steps.0.id）');
  });

  it("uses an engine refusal's own bilingual message", () => {
    const refused = apiError(422, 'event_not_allowed', 'not now', {
      message: { 'zh-CN': '现在不能', en: 'Not now' },
    });
    expect(describeError(refused, chinese)).toBe('现在不能');
  });

  it('says the server cannot be reached, and falls back to the message otherwise', () => {
    expect(describeError(new TypeError('Failed to fetch'), english)).toBe(en['err.network']);
    expect(describeError(apiError(418, 'teapot', 'I am a teapot'), english)).toBe('I am a teapot');
    expect(describeError(new Error('boom'), english)).toBe('boom');
  });
});
