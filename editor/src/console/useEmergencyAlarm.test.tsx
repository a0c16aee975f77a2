import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { fakeApi } from '../test-support/fake-api';
import { ticketFixture } from '../test-support/ticket-fixture';
import { AlarmBanner } from './AlarmBanner';
import { useEmergencyAlarm } from './useEmergencyAlarm';
import type { TicketChange } from '@frontstage/engine';

const started = vi.fn();

class FakeAudio {
  currentTime = 0;
  destination = {};
  createOscillator() {
    return {
      type: '',
      frequency: { value: 0 },
      connect: (n: unknown) => n,
      start: started,
      stop: () => undefined,
    };
  }
  createGain() {
    return { gain: { value: 0 }, connect: (n: unknown) => n };
  }
  close() {
    return Promise.resolve();
  }
}

beforeEach(() => {
  started.mockReset();
  vi.stubGlobal('AudioContext', FakeAudio);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

let send: (c: TicketChange) => void = () => undefined;

function Harness({ api }: { api: ApiClient }) {
  const alarm = useEmergencyAlarm(api, 'engineer');
  send = alarm.onChange;
  return <AlarmBanner alerts={alarm.alerts} onOpen={() => undefined} onDismiss={alarm.dismiss} />;
}

const created = (ticketId: string): TicketChange => ({
  kind: 'ticket.created',
  ticketId,
  version: 1,
  state: 'record',
  status: 'open',
  team: 'engineering',
  assignedRoles: ',frontdesk,',
  site: 'cuihu',
  at: '',
});

function setup() {
  const tickets: Record<string, ReturnType<typeof ticketFixture>> = {
    leak: ticketFixture({ id: 'leak' }),
    lamp: ticketFixture({ id: 'lamp', class: 'general' }),
    mine: ticketFixture({ id: 'mine', createdBy: 'engineer' }),
  };
  const { api } = fakeApi(({ path }) => {
    const id = path.replace('/tickets/', '');
    return tickets[id] ? { body: tickets[id] } : undefined;
  });
  render(
    <I18nProvider initial="en">
      <Harness api={api} />
    </I18nProvider>,
  );
}

describe('useEmergencyAlarm', () => {
  it('beeps and shows a banner for a new emergency arriving on the stream', async () => {
    setup();
    act(() => send(created('leak')));
    expect((await screen.findByTestId('emergency-alert')).textContent).toContain('New emergency');
    expect(started).toHaveBeenCalledTimes(2);
  });

  it('stays quiet for routine work and for the emergency the user took themselves', async () => {
    setup();
    await act(async () => {
      send(created('lamp'));
      send(created('mine'));
      await new Promise((r) => setTimeout(r, 30));
    });
    expect(screen.queryByTestId('emergency-alert')).toBeNull();
    expect(started).not.toHaveBeenCalled();
  });
});
