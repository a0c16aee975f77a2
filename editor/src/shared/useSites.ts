import { useEffect, useState } from 'react';
import type { Site } from '@frontstage/engine';
import type { ApiClient } from '../api/client';

/** The sites in the user's scope (`GET /api/sites`); null until (or unless) the API answers. */
export function useSites(api: ApiClient | null): Site[] | null {
  const [sites, setSites] = useState<Site[] | null>(null);
  useEffect(() => {
    if (!api) return;
    let live = true;
    api.sites().then(
      (list) => live && setSites(list),
      // Without the list, pickers fall back to the user's own site: the API files requests there.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return sites;
}
