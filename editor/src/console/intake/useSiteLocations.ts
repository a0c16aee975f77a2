import { useEffect, useState } from 'react';
import { siteLocations, type Text } from '@frontstage/engine';
import type { ApiClient } from '../../api/client';

/** A location the intake offers: a value the rules read and its words in both languages. */
export interface LocationOption {
  value: string;
  label: Text;
}

/**
 * The locations of `site` for the intake's dropdown: inside a home, the kinds its common areas
 * have (from the estate: a site with roofs offers 屋顶), and other; null until known.
 */
export function useSiteLocations(api: ApiClient | null, site: string): LocationOption[] | null {
  const [options, setOptions] = useState<{ site: string; list: LocationOption[] } | null>(null);
  useEffect(() => {
    if (!api || !site) return;
    let live = true;
    api.areas(site).then(
      (areas) => {
        if (live) setOptions({ site, list: siteLocations(areas.map((a) => a.kind)) });
      },
      () => {
        if (live) setOptions(null);
      },
    );
    return () => {
      live = false;
    };
  }, [api, site]);
  return options && options.site === site ? options.list : null;
}
