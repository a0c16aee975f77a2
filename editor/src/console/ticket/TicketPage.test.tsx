import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../app/session';
import { I18nProvider } from '../../i18n/I18nProvider';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { fakeApi } from '../../test-support/fake-api';
import { ticketFixture } from '../../test-support/ticket-fixture';
import { TicketPage } from './TicketPage';

afterEach(cleanup);

const blueprint = sampleBlueprint();
const due = new Date(Date.now() + 5 * 60_000).toISOString();
const ticket = ticketFixture({
  id: 't1',
  blueprint: { key: blueprint.key, version: 1, hash: 'h' },
  class: 'general',
  state: 'dispatch',
  path: ['report', 'record', 'dispatch'],
  timers: [{ id: 'dispatch#1:breach', stepId: 'dispatch', kind: 'breach', due, escalateTo: 'supervisor' }],
  nextBreach: due,
  allowedEvents: [{ type: 'DISPATCHED', roles: ['dispatcher'], fields: [], mine: true }],
});

function setup(role: Session['role'] = 'staff') {
  const comments: { id: string; at: string; authorId: string; authorRole: string; body: string }[] = [];
  const fake = fakeApi(({ method, path, body }) => {
    if (path === '/tickets/t1') return { body: ticket };
    if (path === '/tickets/t1/history') return { body: [] };
    if (path === '/tickets/t1/comments' && method === 'GET') return { body: comments };
    if (path === '/tickets/t1/comments' && method === 'POST') {
      const c = {
        id: 'c1',
        at: due,
        authorId: 'dispatcher',
        authorRole: 'dispatcher',
        body: (body as { body: string }).body,
      };
      comments.push(c);
      return { body: c };
    }
    if (path === `/blueprints/${blueprint.key}/versions/1`)
      return { body: { key: blueprint.key, version: 1, hash: 'h', publishedAt: due, blueprint } };
    return undefined;
  });
  const session: Session = {
    api: fake.api,
    username: 'dispatcher',
    role,
    jobRole: 'dispatcher',
    team: 'customer_service',
  };
  const view = render(
    <I18nProvider initial="en">
      <div style={{ width: 1400, height: 900 }}>
        <TicketPage
          api={fake.api}
          session={session}
          id="t1"
          change={null}
          teams={['cleaning', 'engineering']}
          onBack={() => undefined}
        />
      </div>
    </I18nProvider>,
  );
  return { ...fake, view };
}

describe('TicketPage', () => {
  it('draws the blueprint with the path taken and the current step, and offers the user’s actions', async () => {
    const { view } = setup();
    await waitFor(() => expect(view.container.querySelector('.step.sim-current')).toBeTruthy());
    expect(view.container.querySelector('.step.sim-current')!.getAttribute('data-step')).toBe('dispatch');
    expect(view.container.querySelector('.step[data-step=record]')!.className).toContain('sim-visited');
    expect(screen.getByRole('button', { name: /DISPATCHED/ })).toBeTruthy();
    expect(screen.getByTestId('ticket-timers').textContent).toContain('→ supervisor');
    expect(screen.queryByTestId('reassign')).toBeNull();
  });

  it('adds a comment and shows it', async () => {
    const { calls } = setup();
    await screen.findByTestId('ticket-comments');
    fireEvent.change(screen.getByRole('textbox', { name: 'Add comment' }), {
      target: { value: 'Contractor booked for 3 pm' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    await waitFor(() =>
      expect(screen.getByTestId('ticket-comments').textContent).toContain('Contractor booked for 3 pm'),
    );
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ body: 'Contractor booked for 3 pm' });
  });

  it('lets a supervisor reassign the ticket to another team', async () => {
    setup('supervisor');
    const reassign = await screen.findByTestId('reassign');
    const options = [...reassign.querySelectorAll('option')].map((o) => o.value);
    expect(options).toEqual(['', 'cleaning']);
  });
});
