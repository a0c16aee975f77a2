import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TicketSummary } from '@frontstage/engine';
import type { Session } from '../../app/session';
import { I18nProvider } from '../../i18n/I18nProvider';
import { customerFixture, unitFixture } from '../../test-support/estate-fixture';
import { fakeApi } from '../../test-support/fake-api';
import { ticketFixture } from '../../test-support/ticket-fixture';
import { TicketPage } from './TicketPage';

afterEach(cleanup);

const summary = (id: string, createdAt: string, over: Partial<TicketSummary> = {}): TicketSummary => ({
  id,
  createdAt,
  state: 'repair',
  status: 'open',
  blueprintKey: 'in-home-repair',
  class: 'general',
  category: 'leak',
  locationCode: '3-2-1101',
  ...over,
});
const earlier = summary('00000000-0000-4000-8000-0000000000e1', '2026-11-10T08:00:00.000Z', {
  status: 'closed',
  state: 'closed',
});
const later = summary('00000000-0000-4000-8000-0000000000e2', '2026-11-28T08:00:00.000Z');
const complaint = summary('00000000-0000-4000-8000-0000000000e3', '2026-09-01T08:00:00.000Z', {
  blueprintKey: 'complaint',
  category: 'complaint',
  locationCode: null,
});

function setup(over: Parameters<typeof ticketFixture>[0]) {
  const ticket = ticketFixture({ id: 't1', ...over });
  const fake = fakeApi(({ path }) => {
    if (path === '/tickets/t1') return { body: ticket };
    if (path === '/tickets/t1/history' || path === '/tickets/t1/comments') return { body: [] };
    return undefined;
  });
  const session: Session = { api: fake.api, username: 'frontdesk', role: 'staff', jobRole: 'frontdesk' };
  const onOpen = vi.fn();
  render(
    <I18nProvider initial="en">
      <TicketPage
        api={fake.api}
        session={session}
        id="t1"
        change={null}
        teams={[]}
        types={{ leak: { 'zh-CN': '漏水', en: 'Leak' } }}
        onOpen={onOpen}
        onBack={() => undefined}
      />
    </I18nProvider>,
  );
  return { onOpen };
}

describe('TicketPage: place, customer and repeats', () => {
  it('flags a repeat fault with the reports it repeats and those repeating it, each opening its ticket', async () => {
    const { onOpen } = setup({
      location: { unitId: unitFixture().id, areaId: null, code: '3-2-1101' },
      customerId: customerFixture().id,
      customer: customerFixture(),
      customerHistory: [later, earlier, complaint],
      repeats: { earlier: [earlier], later: [later] },
    });
    const flag = await screen.findByTestId('repeat-flag');
    expect(within(flag).getByRole('heading', { level: 3 }).textContent).toContain('Repeat fault');
    expect(flag.dataset.earlier).toBe('1');
    expect(flag.dataset.later).toBe('1');
    fireEvent.click(within(screen.getByTestId('repeat-earlier')).getByRole('button'));
    expect(onOpen).toHaveBeenLastCalledWith(earlier.id);
    fireEvent.click(within(screen.getByTestId('repeat-later')).getByRole('button'));
    expect(onOpen).toHaveBeenLastCalledWith(later.id);
  });

  it('shows the unit, the owner with her phone as given and her segments, and her earlier requests', async () => {
    const { onOpen } = setup({
      location: { unitId: unitFixture().id, areaId: null, code: '3-2-1101' },
      customerId: customerFixture().id,
      customer: customerFixture(),
      customerHistory: [later, earlier, complaint],
    });
    const place = await screen.findByTestId('ticket-place');
    expect(screen.getByTestId('ticket-location').textContent).toContain('3-2-1101');
    const card = within(place).getByTestId('customer-card');
    expect(card.textContent).toContain('王秀英');
    expect(card.textContent).toContain('138****5678');
    expect(card.textContent).toContain('Owner');
    expect(within(card).getByTestId('segments').textContent).toContain('Important');
    const history = screen.getByTestId('customer-history');
    expect(history.querySelectorAll('li')).toHaveLength(3);
    expect(history.querySelector('li')!.dataset.summary).toBe(later.id);
    // A request type reads in the ruleset's words; one it does not name, as it is.
    expect(history.querySelector('li')!.textContent).toContain('Leak');
    expect(history.querySelectorAll('li')[2]!.textContent).toContain('complaint');
    fireEvent.click(history.querySelector(`[data-open-ticket="${complaint.id}"]`)!);
    expect(onOpen).toHaveBeenCalledWith(complaint.id);
    expect(screen.queryByTestId('repeat-flag')).toBeNull();
  });

  it('says so when the report is anonymous and about no recorded place', async () => {
    setup({});
    await screen.findByTestId('ticket-place');
    expect(screen.getByTestId('ticket-location').dataset.kind).toBe('none');
    expect(screen.getByTestId('ticket-anonymous')).toBeTruthy();
    expect(screen.queryByTestId('customer-history')).toBeNull();
  });
});
