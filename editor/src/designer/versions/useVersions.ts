import { useCallback, useEffect, useState } from 'react';
import type { Blueprint } from '@frontstage/engine';
import type { ApiClient } from '../../api/client';
import type { BlueprintSummary, VersionSummary } from '../../api/types';

/**
 * Published versions of the open blueprint and the list of blueprints, through the API.
 * The API lists only the latest version, so the others are numbered 1..latest.
 */
export function useVersions(api: ApiClient | null, key: string) {
  const [list, setList] = useState<BlueprintSummary[]>([]);
  const [latest, setLatest] = useState<VersionSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    if (!api) return;
    try {
      const all = await api.blueprints();
      setList(all);
      setLatest(all.find((b) => b.key === key)?.latest ?? null);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [api, key]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const load = useCallback(
    async (version: number): Promise<Blueprint | null> =>
      api ? (await api.version(key, version)).blueprint : null,
    [api, key],
  );
  return {
    online: !!api,
    list,
    latest,
    error,
    refresh,
    load,
    numbers: latest ? Array.from({ length: latest.version }, (_, i) => latest.version - i) : [],
  };
}

export type VersionsApi = ReturnType<typeof useVersions>;
