import { useEffect, useRef, useState } from 'react';
import type { LocationHit } from '@frontstage/engine';
import type { ApiClient } from '../../api/client';

/**
 * The search box's hits for `text` at `site` (`GET /api/sites/:site/locations?q=`), asked for once
 * the typing pauses; answers to older text are dropped, so a slow answer never replaces a newer one.
 */
export function useLocationSearch(api: ApiClient | null, site: string, text: string, delayMs = 250) {
  const [hits, setHits] = useState<LocationHit[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const asked = useRef(0);
  const q = text.trim();
  useEffect(() => {
    const n = ++asked.current;
    if (!api || !site || !q) {
      setHits([]);
      setPending(false);
      return;
    }
    setPending(true);
    const timer = setTimeout(() => {
      api.locations(site, q).then(
        (res) => {
          if (n !== asked.current) return;
          setHits(res.items);
          setError(null);
          setPending(false);
        },
        (e: unknown) => {
          if (n !== asked.current) return;
          setHits([]);
          setError(e);
          setPending(false);
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [api, site, q, delayMs]);
  return { hits, pending, error };
}
