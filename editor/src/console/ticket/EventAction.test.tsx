import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { fakeApi, type SeenCall } from '../../test-support/fake-api';
import { ticketFixture } from '../../test-support/ticket-fixture';
import { EventAction } from './EventAction';
import type { CallerEvent } from '@frontstage/engine';

afterEach(cleanup);

const satisfaction = {
  name: 'satisfaction',
  label: { 'zh-CN': '满意度（1-5）', en: 'Satisfaction (1-5)' },
  type: 'integer' as const,
  min: 1,
  max: 5,
};
const callback: CallerEvent = {
  type: 'CALLBACK_DONE',
  roles: ['frontdesk'],
  fields: [satisfaction],
  mine: true,
};

function setup(
  event: CallerEvent,
  answer: (c: SeenCall) => { status?: number; body?: unknown } | undefined = () => ({
    body: ticketFixture({ version: 4 }),
  }),
) {
  const fake = fakeApi(answer);
  const onDone = vi.fn();
  const onStale = vi.fn();
  render(
    <I18nProvider initial="en">
      <EventAction
        api={fake.api}
        ticket={ticketFixture()}
        event={event}
        title="Callback"
        onDone={onDone}
        onStale={onStale}
      />
    </I18nProvider>,
  );
  return { ...fake, onDone, onStale };
}

describe('EventAction', () => {
  it('asks for the satisfaction score with buttons and sends it with the version it saw', async () => {
    const { calls, onDone } = setup(callback);
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    fireEvent.click(screen.getByRole('button', { name: /Send/ }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls[0]!.body).toEqual({ type: 'CALLBACK_DONE', data: { satisfaction: 4 }, expectedVersion: 3 });
    expect(calls[0]!.headers['idempotency-key']).toBeTruthy();
  });

  it('says what is missing in the engine’s words without asking the server', () => {
    const { calls } = setup(callback);
    fireEvent.click(screen.getByRole('button', { name: /Send/ }));
    expect(screen.getByRole('alert').textContent).toContain('"Satisfaction (1-5)" is required');
    expect(calls).toHaveLength(0);
  });

  it('refuses a date of when it happened that lies ahead, beside the field, without asking the server', () => {
    const when = {
      name: 'complainedAt',
      label: { 'zh-CN': '投诉时间', en: 'When' },
      type: 'date' as const,
      past: true,
    };
    const { calls } = setup({ type: 'REGISTERED', roles: ['frontdesk'], fields: [when], mine: true });
    const input = document.querySelector<HTMLInputElement>('input[name="data-complainedAt"]')!;
    const today = input.max;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    fireEvent.change(input, { target: { value: '2999-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: /Send/ }));
    expect(document.querySelector('[data-field-error="complainedAt"]')?.textContent).toBe(
      '"When" is when it happened: it cannot be later than now',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);
    fireEvent.change(input, { target: { value: today } });
    fireEvent.click(screen.getByRole('button', { name: /Send/ }));
    expect(document.querySelector('[data-field-error]')).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('marks an action the front desk records for the customer', () => {
    setup({ type: 'CONFIRMED', roles: ['customer'], fields: [], mine: true, onBehalfOf: 'customer' });
    expect(screen.getByTestId('for-customer').textContent).toBe('for the customer');
  });

  it('reloads the ticket and says so when someone else changed it first', async () => {
    const { onStale } = setup({ ...callback, fields: [] }, () => ({
      status: 409,
      body: { statusCode: 409, error: 'version_conflict', message: 'stale', details: { currentVersion: 4 } },
    }));
    fireEvent.click(screen.getByRole('button', { name: /Callback/ }));
    await waitFor(() => expect(onStale).toHaveBeenCalled());
    expect(screen.getByRole('alert').textContent).toContain('Someone else changed this ticket');
  });

  it('shows the engine’s reason when the event is not allowed now', async () => {
    setup({ ...callback, fields: [] }, () => ({
      status: 422,
      body: {
        statusCode: 422,
        error: 'event_not_allowed',
        message: 'no',
        details: {
          message: { 'zh-CN': '此环节不接受该事件', en: 'This step does not accept CALLBACK_DONE' },
        },
      },
    }));
    fireEvent.click(screen.getByRole('button', { name: /Callback/ }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This step does not accept CALLBACK_DONE',
    );
  });
});
