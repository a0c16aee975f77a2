import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { byUrgency } from './queue-order';
import type { TicketChange, TicketView } from '@frontstage/engine';
import type { TicketQuery } from '../../api/filters';

/**
 * The tickets of a queue query, most urgent first; fetched again whenever the query changes or a
 * change arrives on the stream, so the list stays live without a reload. Answers that arrive out
 * of order are dropped.
 */
export function useQueue(api: ApiClient | null, query: TicketQuery, change: TicketChange | null) {
  const [items, setItems] = useState<TicketView[]>([]);
  const [total, setTotal] = useState(0);
  // A search stops counting at a cap: the total is then "at least" (shown as 1000+).
  const [totalIsLowerBound, setTotalIsLowerBound] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const asked = useRef(0);
  const key = JSON.stringify(query);
  const reload = useCallback(() => {
    if (!api) return;
    const n = ++asked.current;
    api.tickets(JSON.parse(key) as TicketQuery).then(
      (page) => {
        if (n !== asked.current) return;
        setItems(byUrgency(page.items));
        setTotal(page.total);
        setTotalIsLowerBound(page.totalIsLowerBound);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (n !== asked.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [api, key]);
  // A burst of changes (a busy morning, a batch of timers) is one fetch, not one per change.
  useEffect(() => {
    const timer = setTimeout(reload, change ? 150 : 0);
    return () => clearTimeout(timer);
  }, [reload, change]);
  return { items, total, totalIsLowerBound, loading, error, reload };
}
