import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../../api/client';
import type { AuditEntry, TicketChange, TicketComment, TicketDetail } from '@frontstage/engine';

/**
 * A ticket with its history and comments, fetched again when the stream says it changed (someone
 * else acted, a timer fired) so the page is never stale. Older answers are dropped. A 404 means
 * the ticket left this user's view (their step is done, another team has it): the old data goes,
 * and nothing is asked again until a change puts it back in the hands of the user's `role`. When
 * the user's own command handed it on, its answer says so (`visibleToCaller: false`): the page
 * keeps that last answer and asks nothing, so a hand-off costs no 404 at all.
 */
export function useTicket(api: ApiClient | null, id: string, change: TicketChange | null, role?: string) {
  const [ticket, setTicket] = useState<TicketDetail | null>(null);
  const [history, setHistory] = useState<AuditEntry[]>([]);
  const [comments, setComments] = useState<TicketComment[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [handedOff, setHandedOff] = useState(false);
  const asked = useRef(0);
  const gone = useRef(false);
  const reload = useCallback(async () => {
    if (!api || gone.current) return;
    const n = ++asked.current;
    try {
      // The ticket first: if it is out of view, one 404 says so, not three.
      const t = await api.ticket(id);
      const [h, c] = await Promise.all([api.history(id), api.comments(id)]);
      if (n !== asked.current) return;
      setTicket(t);
      setHistory(h);
      setComments(c);
      setError(null);
    } catch (e) {
      if (n !== asked.current) return;
      setError(e);
      if (e instanceof ApiError && e.status === 404) {
        gone.current = true;
        setTicket(null);
        setHistory([]);
        setComments([]);
      }
    }
  }, [api, id]);
  const mine = change?.ticketId === id ? change : null;
  // Another ticket (or API) is a fresh start, and so is the ticket coming back to this user's role.
  // Declared before the effect that loads, so it runs first.
  useEffect(() => {
    gone.current = false;
    setHandedOff(false);
  }, [api, id]);
  useEffect(() => {
    if (mine && role && mine.assignedRoles.includes(`,${role},`)) {
      gone.current = false;
      setHandedOff(false);
    }
  }, [mine, role]);
  useEffect(() => {
    void reload();
  }, [reload, mine]);
  /** Shows a ticket the API answered a command with, without waiting for the stream. */
  const accept = useCallback(
    (next: TicketDetail) => {
      setTicket((old) => (old && old.version > next.version ? old : next));
      if (next.visibleToCaller === false) {
        gone.current = true;
        ++asked.current;
        setHandedOff(true);
        return;
      }
      void reload();
    },
    [reload],
  );
  return { ticket, history, comments, error, handedOff, reload, accept };
}
