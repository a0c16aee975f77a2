import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditPage } from '@frontstage/engine';
import { createApiClient, type Fetch } from '../api/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { AuditSearch } from './AuditSearch';

afterEach(cleanup);

const entry = (seq: number, ticketId: string): AuditEntry => ({
  seq,
  at: '2026-11-24T08:00:00.000Z',
  ticketId,
  actorId: 'frontdesk',
  actorRole: 'frontdesk',
  command: 'ticket.event',
  eventType: 'RECORDED',
  data: null,
  fromState: 'record',
  toState: 'dispatch',
  outcome: 'accepted',
  code: null,
  trace: null,
});

/** An API whose audit answers wait until the test releases them, in any order. */
function heldApi() {
  const held: { path: string; answer: (page: AuditPage) => void }[] = [];
  const fetcher: Fetch = (input) =>
    new Promise((resolve) =>
      held.push({
        path: String(input),
        answer: (page) =>
          resolve(new Response(JSON.stringify(page), { headers: { 'content-type': 'application/json' } })),
      }),
    );
  const api = createApiClient('', fetcher);
  api.setToken('t');
  return { api, held };
}
const page = (items: AuditEntry[]): AuditPage => ({ items, nextAfterSeq: null, nextCursor: null });

describe('AuditSearch', () => {
  it('says it is searching, and never shows the previous list under the new filter', async () => {
    const { api, held } = heldApi();
    const view = render(
      <I18nProvider initial="en">
        <AuditSearch api={api} onOpen={() => undefined} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('audit-searching').textContent).toBe('Searching…');
    fireEvent.change(view.container.querySelector('input[name=audit-ticketId]')!, {
      target: { value: 't-9' },
    });
    fireEvent.click(view.container.querySelector('[data-action=audit-search]')!);
    expect(held.map((h) => h.path.includes('ticketId=t-9'))).toEqual([false, true]);
    // The filtered answer first, then the slow unfiltered one of the page's opening.
    await act(async () => held[1]!.answer(page([entry(7, 't-9')])));
    await act(async () => held[0]!.answer(page([entry(1, 'a'), entry(2, 'b'), entry(3, 'c')])));
    const rows = view.container.querySelectorAll('[data-testid=audit-results] tbody tr');
    expect([...rows].map((r) => (r as HTMLElement).dataset.seq)).toEqual(['7']);
    expect(screen.queryByTestId('audit-searching')).toBeNull();
  });
});
