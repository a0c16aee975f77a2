import { useCallback, useState } from 'react';
import type { ApiClient } from '../api/client';
import { useI18n } from '../i18n/useI18n';
import { beep, notify } from './alarm';
import type { TicketChange, TicketView } from '@frontstage/engine';

/**
 * Sounds the alarm for a new emergency that arrives on the stream (not one this user just took
 * themselves): a beep, a desktop notification when permitted, and a banner until dismissed.
 */
export function useEmergencyAlarm(api: ApiClient | null, username: string) {
  const { t } = useI18n();
  const [alerts, setAlerts] = useState<TicketView[]>([]);
  const onChange = useCallback(
    (change: TicketChange) => {
      if (!api || change.kind !== 'ticket.created') return;
      api.ticket(change.ticketId).then(
        (ticket) => {
          if (ticket.class !== 'emergency' || ticket.createdBy === username) return;
          setAlerts((list) => (list.some((x) => x.id === ticket.id) ? list : [ticket, ...list]));
          beep();
          const what =
            typeof ticket.facts.description === 'string' ? ticket.facts.description : ticket.blueprint.key;
          notify(t('alarm.title'), what);
        },
        () => undefined,
      );
    },
    [api, username, t],
  );
  const dismiss = useCallback((id: string) => setAlerts((list) => list.filter((x) => x.id !== id)), []);
  return { alerts, onChange, dismiss };
}
