import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TicketChange } from '@frontstage/engine';
import { fakeApi } from '../../test-support/fake-api';
import { ticketFixture } from '../../test-support/ticket-fixture';
import { useTicket } from './useTicket';

const ID = '11111111-1111-4111-8111-111111111111';
const change = (version: number, assignedRoles = ',dispatcher,') =>
  ({ ticketId: ID, version, assignedRoles }) as unknown as TicketChange;

describe('useTicket', () => {
  it('drops a ticket that left the user’s view and asks no more, whatever the stream reports', async () => {
    let visible = true;
    const { api, calls } = fakeApi(({ path }) => {
      if (!visible) return undefined; // 404 from now on
      if (path === `/tickets/${ID}`) return { body: ticketFixture({ id: ID }) };
      if (path === `/tickets/${ID}/history` || path === `/tickets/${ID}/comments`) return { body: [] };
      return undefined;
    });
    const { result, rerender } = renderHook(({ c }) => useTicket(api, ID, c, 'engineer'), {
      initialProps: { c: null as TicketChange | null },
    });
    await waitFor(() => expect(result.current.ticket?.id).toBe(ID));
    // The user's step is done: the ticket moves to a team they do not see.
    visible = false;
    rerender({ c: change(4) });
    await waitFor(() => expect(result.current.ticket).toBeNull());
    const asked = calls.length;
    for (const v of [5, 6, 7]) rerender({ c: change(v) });
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.length).toBe(asked);
    // One 404 said it: the ticket alone was asked, not its history and comments as well.
    expect(calls.slice(-1).map((c) => c.path)).toEqual([`/tickets/${ID}`]);
    expect(calls.filter((c) => c.path.endsWith('/history'))).toHaveLength(1);
    // Back in the engineer's hands (the approved fix is theirs to carry out): the page shows it again.
    visible = true;
    rerender({ c: change(8, ',engineer,') });
    await waitFor(() => expect(result.current.ticket?.id).toBe(ID));
  });

  it('asks nothing at all after the user’s own command handed the ticket on', async () => {
    const { api, calls } = fakeApi(({ path }) => {
      if (path === `/tickets/${ID}`) return { body: ticketFixture({ id: ID }) };
      if (path === `/tickets/${ID}/history` || path === `/tickets/${ID}/comments`) return { body: [] };
      return undefined;
    });
    const { result, rerender } = renderHook(({ c }) => useTicket(api, ID, c, 'engineer'), {
      initialProps: { c: null as TicketChange | null },
    });
    await waitFor(() => expect(result.current.ticket?.id).toBe(ID));
    const asked = calls.length;
    const answer = { ...ticketFixture({ id: ID }), version: 9, visibleToCaller: false };
    act(() => result.current.accept(answer));
    for (const v of [10, 11]) rerender({ c: change(v) });
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.length).toBe(asked);
    expect(result.current.handedOff).toBe(true);
    expect(result.current.ticket?.version).toBe(9);
  });
});
