import { useCallback, useEffect, useState } from 'react';
import type { Blueprint, VersionSummary } from '@frontstage/engine';
import { ApiError, type ApiClient } from '../../api/client';

/**
 * The published versions of the open blueprint, newest first, from `GET /blueprints/:key/versions`.
 * An API older than that endpoint answers 404 for it: the list is then rebuilt from the latest
 * version the blueprint list reports (the API numbers versions 1, 2, 3…), dated only for that one.
 */
export function useVersions(api: ApiClient | null, key: string) {
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [error, setError] = useState<unknown>(null);
  const refresh = useCallback(async () => {
    if (!api) return;
    try {
      setVersions(await listVersions(api, key));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [api, key]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const load = useCallback(
    async (version: number): Promise<Blueprint> => {
      if (!api) throw new Error('offline');
      return (await api.version(key, version)).blueprint;
    },
    [api, key],
  );
  return { online: !!api, versions, latest: versions[0] ?? null, error, refresh, load };
}

async function listVersions(api: ApiClient, key: string): Promise<VersionSummary[]> {
  try {
    return await api.versions(key);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404) throw e;
    const latest = (await api.blueprints()).find((b) => b.key === key)?.latest;
    if (!latest) return [];
    const older = Array.from({ length: latest.version - 1 }, (_, i) => latest.version - 1 - i);
    return [latest, ...older.map((version) => ({ key, version, hash: '', publishedAt: '' }))];
  }
}

export type VersionsApi = ReturnType<typeof useVersions>;
