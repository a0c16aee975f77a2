import { describe, expect, it } from 'vitest';
import type { Step } from '@frontstage/engine';
import { noticeWith } from './edit-notice';

const label = { 'zh-CN': '上门维修', en: 'On site' };
const onsite: Step = { id: 'onsite', type: 'task', lane: 'frontstage', label, roles: ['engineer'] };
const dispatch: Step = { id: 'dispatch', type: 'task', lane: 'backstage', label, roles: ['dispatcher'] };

describe('noticeWith', () => {
  it('records on or off only where it differs from the step’s default', () => {
    expect(noticeWith(onsite, { enabled: true })).toEqual(onsite);
    expect(noticeWith(onsite, { enabled: false }).customerNotice).toEqual({ enabled: false });
    expect(noticeWith(dispatch, { enabled: true }).customerNotice).toEqual({ enabled: true });
  });

  it('fills an empty language from the other and drops an empty text', () => {
    const withText = noticeWith(onsite, { text: { 'zh-CN': '{visitor}已出发', en: ' ' } });
    expect(withText.customerNotice).toEqual({ text: { 'zh-CN': '{visitor}已出发', en: '{visitor}已出发' } });
    expect(noticeWith(withText, { text: { 'zh-CN': '', en: '' } })).toEqual(onsite);
  });
});
