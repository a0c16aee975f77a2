import { useCallback, useEffect, useRef, useState } from 'react';
import type { Unit } from '@frontstage/engine';
import type { ApiClient } from '../api/client';

const PAGE = 50;

/**
 * A site's units, a building's or those whose code starts with `q`, a page at a time (`more` adds
 * the next). The search waits for typing to pause; answers to an older search are dropped.
 */
export function useUnits(api: ApiClient, site: string, building: string, q: string) {
  const [items, setItems] = useState<Unit[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const asked = useRef(0);
  const fetchPage = useCallback(
    (cursor: string | undefined, n: number) =>
      api.units(site, { building, q: q.trim(), limit: PAGE, cursor }).then(
        (page) => {
          if (n !== asked.current) return;
          setItems((old) => (cursor ? [...old, ...page.items] : page.items));
          setNextCursor(page.nextCursor);
          setError(null);
          setLoading(false);
        },
        (e: unknown) => {
          if (n !== asked.current) return;
          setError(e);
          setLoading(false);
        },
      ),
    [api, site, building, q],
  );
  useEffect(() => {
    const n = ++asked.current;
    setLoading(true);
    const timer = setTimeout(() => void fetchPage(undefined, n), 250);
    return () => clearTimeout(timer);
  }, [fetchPage]);
  const more = useCallback(() => {
    if (!nextCursor) return;
    setLoading(true);
    void fetchPage(nextCursor, asked.current);
  }, [fetchPage, nextCursor]);
  return { items, nextCursor, loading, error, more };
}
