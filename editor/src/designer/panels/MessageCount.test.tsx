import { cleanup, render, screen } from '@testing-library/react';
import type { Blueprint, Step } from '@frontstage/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { MessageCount } from './MessageCount';

afterEach(cleanup);

const t = (en: string, zh = en) => ({ 'zh-CN': zh, en });
const step = (id: string, type: Step['type'], lane: Step['lane'], over: Partial<Step> = {}): Step => ({
  id,
  type,
  lane,
  label: t(id),
  ...(type === 'task' ? { roles: ['frontdesk'] } : {}),
  ...over,
});

/** Start (customer) → record (front stage) → dispatch (backstage) → either visit (front stage) or call back → end. */
const blueprint: Blueprint = {
  key: 'repair',
  name: t('Repair', '报修'),
  class: 'general',
  steps: [
    step('start', 'start', 'customer'),
    step('record', 'task', 'frontstage'),
    step('dispatch', 'task', 'backstage'),
    step('visit', 'task', 'frontstage'),
    step('note', 'task', 'backstage'),
    step('closed', 'end', 'backstage'),
  ],
  flows: [
    { id: 'a', from: 'start', to: 'record' },
    { id: 'b', from: 'record', to: 'dispatch', event: 'RECORDED' },
    { id: 'c', from: 'dispatch', to: 'visit', event: 'VISIT' },
    { id: 'd', from: 'dispatch', to: 'note', event: 'NOTE' },
    { id: 'e', from: 'visit', to: 'closed', event: 'DONE' },
    { id: 'f', from: 'note', to: 'closed', event: 'DONE' },
  ],
};

describe('MessageCount', () => {
  it('says in Chinese how many messages a ticket sends its customer, fewest to most', () => {
    render(
      <I18nProvider initial="zh-CN">
        <MessageCount blueprint={blueprint} />
      </I18nProvider>,
    );
    expect(screen.getByText('每张工单发给客户的消息：2–3 条')).toBeTruthy();
    expect(screen.getByText('3 条：start → record → dispatch → visit → closed')).toBeTruthy();
  });

  it('counts one message less when a step is silenced', () => {
    const silent = {
      ...blueprint,
      steps: blueprint.steps.map((s) =>
        s.id === 'visit' ? { ...s, customerNotice: { enabled: false } } : s,
      ),
    };
    render(
      <I18nProvider initial="en">
        <MessageCount blueprint={silent} />
      </I18nProvider>,
    );
    expect(screen.getByText('Customer messages per ticket: 2')).toBeTruthy();
  });
});
