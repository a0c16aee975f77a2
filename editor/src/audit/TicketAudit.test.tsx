import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { sampleBlueprint } from '../shared/sample-blueprint';
import { fakeApi } from '../test-support/fake-api';
import { leakClassification, ticketFixture } from '../test-support/ticket-fixture';
import { TicketAudit } from './TicketAudit';
import type { AuditEntry } from '@frontstage/engine';

afterEach(cleanup);

const blueprint = sampleBlueprint();
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 8, minute)).toISOString();
const entry = (seq: number, over: Partial<AuditEntry>): AuditEntry => ({
  seq,
  at: at(seq),
  ticketId: 't1',
  actorId: 'frontdesk',
  actorRole: 'frontdesk',
  command: 'ticket.event',
  eventType: null,
  data: null,
  fromState: null,
  toState: null,
  outcome: 'accepted',
  code: null,
  trace: null,
  ...over,
});

const history: AuditEntry[] = [
  entry(1, {
    command: 'ticket.create',
    eventType: 'INTAKE',
    data: { description: 'lamp out' },
    toState: 'record',
    trace: {
      classification: {
        class: 'general',
        priority: 'normal',
        team: 'engineering',
        decidedBy: { class: 'shared-repair' },
      },
    },
  }),
  entry(2, { eventType: 'RECORDED', data: { location: 'lobby' }, fromState: 'record', toState: 'dispatch' }),
  entry(3, {
    eventType: 'DISPATCHED',
    actorId: 'engineer',
    actorRole: 'engineer',
    outcome: 'refused',
    code: 'role_not_allowed',
    fromState: 'dispatch',
  }),
  entry(4, {
    command: 'ticket.comment',
    data: { commentId: 'c', body: 'calling the contractor' },
    fromState: 'dispatch',
    toState: 'dispatch',
  }),
  entry(5, {
    eventType: 'DISPATCHED',
    actorId: 'dispatcher',
    actorRole: 'dispatcher',
    fromState: 'dispatch',
    toState: 'fix',
  }),
];

function setup() {
  const ticket = ticketFixture({
    id: 't1',
    blueprint: { key: blueprint.key, version: 1, hash: 'h' },
    classification: leakClassification(),
  });
  const { api } = fakeApi(({ path }) => {
    if (path === '/tickets/t1/history') return { body: history };
    if (path === '/tickets/t1') return { body: ticket };
    if (path === `/blueprints/${blueprint.key}/versions/1`)
      return { body: { key: blueprint.key, version: 1, hash: 'h', publishedAt: at(0), blueprint } };
    if (path === '/audit/replay/t1') return { body: { ok: true, ticketId: 't1' } };
    return undefined;
  });
  const view = render(
    <I18nProvider initial="en">
      <div style={{ width: 1200, height: 900 }}>
        <TicketAudit api={api} ticketId="t1" canReplayOnServer onBack={() => undefined} />
      </div>
    </I18nProvider>,
  );
  const entries = () =>
    view.container.querySelectorAll<HTMLElement>('[data-testid=timeline] .timeline-entry');
  return { view, entries };
}

describe('TicketAudit', () => {
  it('shows every entry, the intake with its rule trace and the refusal set apart', async () => {
    const { entries } = setup();
    await waitFor(() => expect(entries()).toHaveLength(5));
    expect(screen.getByTestId('intake-trace').textContent).toContain('shared-repair');
    const refused = [...entries()].filter((e) => e.dataset.outcome === 'refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.className).toContain('is-refused');
    expect(refused[0]!.textContent).toContain('role_not_allowed');
  });

  it('tells what the customer could see: only what was done above the line of visibility, in words', async () => {
    const { entries, view } = setup();
    await waitFor(() => expect(entries()).toHaveLength(5));
    const toggle = () =>
      screen.getByRole<HTMLButtonElement>('radio', { name: /What the customer could see/ });
    await waitFor(() => expect(toggle().disabled).toBe(false));
    fireEvent.click(toggle());
    const moments = view.container.querySelectorAll<HTMLElement>(
      '[data-testid=customer-story] .customer-moment',
    );
    // The intake and the front desk's record; the dispatch happened behind the line.
    expect([...moments].map((m) => m.dataset.moment)).toEqual(['1', '2']);
    const told = screen.getByTestId('customer-story').textContent!;
    for (const hidden of [
      'lobby',
      'calling the contractor',
      'role_not_allowed',
      'shared-repair',
      'RECORDED',
      'dispatcher',
    ])
      expect([hidden, told.includes(hidden)]).toEqual([hidden, false]);
  });

  it('replays the history step by step with both verdicts', async () => {
    setup();
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: /What the customer could see/ })).toBeTruthy(),
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Replay' }));
    const state = await screen.findByTestId('replay-state');
    expect(screen.getByTestId('replay-page-verdict').textContent).toContain('✓');
    expect(screen.getByTestId('replay-server-verdict').textContent).toContain('✓');
    expect(state.dataset.state).toBe('fix');
    fireEvent.click(screen.getByRole('button', { name: '«' }));
    expect(screen.getByTestId('replay-state').dataset.state).toBe('record');
    fireEvent.click(screen.getByRole('button', { name: /Forward/ }));
    expect(screen.getByTestId('replay-state').dataset.state).toBe('dispatch');
  });
});
