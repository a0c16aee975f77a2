import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { BlueprintSummary, Heatmap, VersionSummary } from '@frontstage/engine';

/** The blueprints to pick from, the versions of the one picked, and its heatmap for a period. */
export function useHeatmap(api: ApiClient) {
  const [list, setList] = useState<BlueprintSummary[]>([]);
  const [key, setKey] = useState('');
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [heat, setHeat] = useState<Heatmap | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.blueprints().then((l) => {
      const published = l.filter((b) => b.latest);
      setList(published);
      setKey((k) => k || published[0]?.key || '');
    }, setError);
  }, [api]);
  useEffect(() => {
    if (!key) return;
    api.versions(key).then(setVersions, () => setVersions([]));
  }, [api, key]);
  const load = useCallback(
    (period: { version?: number; from?: string; to?: string }) => {
      if (!key) return;
      api.heatmap(key, period).then(
        (h) => {
          setHeat(h);
          setError(null);
        },
        (e: unknown) => setError(e),
      );
    },
    [api, key],
  );
  return { list, key, setKey, versions, heat, error, load };
}
