import { describe, expect, it } from 'vitest';
import { editText } from './edit-text';

describe('editText', () => {
  const label = { 'zh-CN': '满意', en: 'Satisfied' };

  it('keeps the other language when one is cleared', () => {
    expect(editText(label, 'en', '')).toEqual({ 'zh-CN': '满意', en: '满意' });
    expect(editText(label, 'zh-CN', ' ')).toEqual({ 'zh-CN': 'Satisfied', en: 'Satisfied' });
  });

  it('fills the missing language from the first one typed, and edits one without touching the other', () => {
    expect(editText(undefined, 'en', 'Unhappy')).toEqual({ 'zh-CN': 'Unhappy', en: 'Unhappy' });
    expect(editText(label, 'en', 'Happy')).toEqual({ 'zh-CN': '满意', en: 'Happy' });
  });

  it('removes the text only when nothing distinct is left', () => {
    expect(editText({ 'zh-CN': 'OK', en: 'OK' }, 'en', '')).toBeUndefined();
    expect(editText(undefined, 'zh-CN', '')).toBeUndefined();
  });
});
