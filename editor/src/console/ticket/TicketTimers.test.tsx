import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ticketFixture } from '../../test-support/ticket-fixture';
import { TicketTimers } from './TicketTimers';

afterEach(cleanup);

const reason = { 'zh-CN': '客户自行安排验收时间', en: 'The customer checks the work in their own time' };
const show = (ticket = ticketFixture({ timers: [], status: 'open' }), noDeadline?: typeof reason) =>
  render(
    <I18nProvider initial="zh-CN">
      <TicketTimers ticket={ticket} now={0} stepLabel={(id) => id} noDeadline={noDeadline} />
    </I18nProvider>,
  );

describe('TicketTimers', () => {
  it('says why a step waits without a deadline, where the time standard would be', () => {
    show(undefined, reason);
    expect(screen.getByTestId('no-deadline').textContent).toBe('此环节不设时限：客户自行安排验收时间');
  });

  it('says no time standard runs when the step gives no reason, or the ticket is closed', () => {
    show();
    expect(screen.queryByTestId('no-deadline')).toBeNull();
    cleanup();
    show(ticketFixture({ timers: [], status: 'closed' }), reason);
    expect(screen.queryByTestId('no-deadline')).toBeNull();
    expect(screen.getByText('当前没有计时中的时限。')).toBeTruthy();
  });
});
