import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { siteFixture } from '../../test-support/estate-fixture';
import { fakeApi } from '../../test-support/fake-api';
import { ticketFixture } from '../../test-support/ticket-fixture';
import { QueuePage } from './QueuePage';
import type { SiteScope, TicketChange } from '@frontstage/engine';

afterEach(cleanup);

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000 + 30_000).toISOString();
const routine = ticketFixture({
  id: 'routine',
  class: 'general',
  facts: { description: 'Corridor light broken' },
  nextBreach: inMinutes(1),
  atRisk: true,
});
const leak = ticketFixture({ id: 'leak', nextBreach: inMinutes(30) });

function setup(counted?: { total: number; totalIsLowerBound: boolean }) {
  let items = [routine];
  const fake = fakeApi(({ method, path }) =>
    method === 'GET' && path.startsWith('/tickets?')
      ? {
          body: {
            items,
            total: items.length,
            totalIsLowerBound: false,
            ...counted,
            limit: 100,
            offset: 0,
          },
        }
      : undefined,
  );
  const view = (change: TicketChange | null) => (
    <I18nProvider initial="en">
      <QueuePage api={fake.api} change={change} onOpen={() => undefined} />
    </I18nProvider>
  );
  const rendered = render(view(null));
  return {
    ...fake,
    arrive: (change: TicketChange) => {
      items = [routine, leak];
      rendered.rerender(view(change));
    },
  };
}

const rows = () => screen.getByTestId('queue').querySelectorAll<HTMLElement>('.queue-item');

describe('QueuePage', () => {
  it('asks for open tickets by urgency and shows badges with a countdown to the breach', async () => {
    const { calls } = setup();
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(calls[0]!.path).toBe('/tickets?status=open&sort=urgency&limit=100');
    const row = rows()[0]!;
    expect(within(row).getByText('At risk')).toBeTruthy();
    expect(within(row).getByTestId('countdown').textContent).toMatch(/1:[0-3]\d/);
  });

  it('says a search found more than it counted as 1000+', async () => {
    setup({ total: 1000, totalIsLowerBound: true });
    await waitFor(() => expect(screen.getByTestId('queue-summary').textContent).toContain('1000+ tickets'));
    cleanup();
    setup();
    await waitFor(() => expect(screen.getByTestId('queue-summary').textContent).toContain('1 tickets'));
    expect(screen.getByTestId('queue-summary').textContent).not.toContain('+');
  });

  it('puts an emergency that arrives on the stream first, without a reload', async () => {
    const { arrive } = setup();
    await waitFor(() => expect(rows()).toHaveLength(1));
    act(() =>
      arrive({
        kind: 'ticket.created',
        ticketId: 'leak',
        version: 1,
        state: 'record',
        status: 'open',
        team: 'engineering',
        assignedRoles: ',frontdesk,',
        site: 'cuihu',
        at: '',
      }),
    );
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0]!.dataset.ticket).toBe('leak');
    expect(rows()[0]!.className).toContain('class-emergency');
  });

  it('filters by class and overdue through the query', async () => {
    const { calls } = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Class' }), { target: { value: 'emergency' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Overdue' }), { target: { value: 'true' } });
    await waitFor(() =>
      expect(calls.at(-1)!.path).toBe(
        '/tickets?status=open&sort=urgency&limit=100&class=emergency&overdue=true',
      ),
    );
  });
});

describe('QueuePage across sites', () => {
  const sites = [siteFixture(), siteFixture({ id: 'keyuan', name: '科苑科技园' })];
  const atGate = ticketFixture({
    id: 'gate',
    class: 'general',
    site: 'keyuan',
    location: { unitId: null, areaId: '00000000-0000-4000-8000-0000000000a1', code: 'A-0301' },
  });

  function render2(scope: SiteScope) {
    const fake = fakeApi(({ method, path }) =>
      method === 'GET' && path.startsWith('/tickets?')
        ? { body: { items: [atGate], total: 1, limit: 100, offset: 0, nextCursor: null } }
        : undefined,
    );
    render(
      <I18nProvider initial="en">
        <QueuePage api={fake.api} change={null} sites={sites} scope={scope} onOpen={() => undefined} />
      </I18nProvider>,
    );
    return fake;
  }

  it('lets a company-level user filter by site and shows each ticket’s place and site', async () => {
    const { calls } = render2('*');
    await waitFor(() => expect(rows()).toHaveLength(1));
    const where = within(rows()[0]!).getByTestId('queue-where');
    expect(where.textContent).toContain('A-0301');
    expect(where.textContent).toContain('科苑科技园');
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'keyuan' } });
    await waitFor(() =>
      expect(calls.at(-1)!.path).toBe('/tickets?status=open&sort=urgency&limit=100&site=keyuan'),
    );
  });

  it('offers no site filter to staff of one site', async () => {
    render2(['cuihu']);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.queryByRole('combobox', { name: 'Site' })).toBeNull();
    expect(within(rows()[0]!).getByTestId('queue-where').textContent).toBe('A-0301');
  });

  it('lists what waits on me apart from my team’s other tickets', async () => {
    const mineNow = ticketFixture({
      id: 'mine',
      assignment: { stepId: 'shutoff', roles: ['security', 'engineer'] },
    });
    const escalated = ticketFixture({
      id: 'escalated',
      assignment: { stepId: 'record', roles: ['frontdesk'] },
      escalatedTo: ['engineer'],
    });
    const customers = ticketFixture({
      id: 'customer',
      assignment: { stepId: 'confirm', roles: ['customer'] },
    });
    const items = [customers, mineNow, escalated];
    const { api } = fakeApi(({ path }) =>
      path.startsWith('/tickets?')
        ? { body: { items, total: items.length, limit: 100, offset: 0 } }
        : undefined,
    );
    render(
      <I18nProvider initial="zh-CN">
        <QueuePage api={api} change={null} jobRole="engineer" onOpen={() => undefined} />
      </I18nProvider>,
    );
    const ids = (testId: string) =>
      [...screen.getByTestId(testId).querySelectorAll<HTMLElement>('.queue-item')].map(
        (r) => r.dataset.ticket,
      );
    await waitFor(() => expect(ids('queue-mine').sort()).toEqual(['escalated', 'mine']));
    expect(ids('queue-others')).toEqual(['customer']);
    expect(screen.getByText('等我处理 (2)')).toBeTruthy();
  });
});
