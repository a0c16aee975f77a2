import { describe, expect, it } from 'vitest';
import { withinText } from './resident-view.js';

describe('withinText', () => {
  it('says a time standard in the largest whole unit, in both languages', () => {
    expect(withinText('PT30M')).toEqual({ 'zh-CN': '30分钟', en: '30 minutes' });
    expect(withinText('PT4H')).toEqual({ 'zh-CN': '4小时', en: '4 hours' });
    expect(withinText('P1D')).toEqual({ 'zh-CN': '1天', en: '1 day' });
    expect(withinText('PT90M')).toEqual({ 'zh-CN': '90分钟', en: '90 minutes' });
  });
});
