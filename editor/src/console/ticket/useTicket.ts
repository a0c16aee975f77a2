import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import type { AuditEntry, TicketChange, TicketComment, TicketDetail } from '@frontstage/engine';

/**
 * A ticket with its history and comments, fetched again when the stream says it changed (someone
 * else acted, a timer fired) so the page is never stale. Older answers are dropped.
 */
export function useTicket(api: ApiClient | null, id: string, change: TicketChange | null) {
  const [ticket, setTicket] = useState<TicketDetail | null>(null);
  const [history, setHistory] = useState<AuditEntry[]>([]);
  const [comments, setComments] = useState<TicketComment[]>([]);
  const [error, setError] = useState<unknown>(null);
  const asked = useRef(0);
  const reload = useCallback(async () => {
    if (!api) return;
    const n = ++asked.current;
    try {
      const [t, h, c] = await Promise.all([api.ticket(id), api.history(id), api.comments(id)]);
      if (n !== asked.current) return;
      setTicket(t);
      setHistory(h);
      setComments(c);
      setError(null);
    } catch (e) {
      if (n === asked.current) setError(e);
    }
  }, [api, id]);
  const mine = change?.ticketId === id ? change : null;
  useEffect(() => {
    void reload();
  }, [reload, mine]);
  /** Shows a ticket the API answered a command with, without waiting for the stream. */
  const accept = useCallback(
    (next: TicketDetail) => {
      setTicket((old) => (old && old.version > next.version ? old : next));
      void reload();
    },
    [reload],
  );
  return { ticket, history, comments, error, reload, accept };
}
