import { useCallback, useEffect, useState } from 'react';
import type { Ruleset, RulesetVersionSummary } from '@frontstage/engine';
import type { ApiClient } from '../../api/client';

/** The ruleset's published versions, newest first, with their change notes; and one version's body. */
export function useRulesetVersions(api: ApiClient | null) {
  const [versions, setVersions] = useState<RulesetVersionSummary[]>([]);
  const [error, setError] = useState<unknown>(null);
  const refresh = useCallback(async () => {
    if (!api) return;
    try {
      setVersions(await api.rulesVersions());
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [api]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const load = useCallback(
    async (version: number): Promise<Ruleset> => {
      if (!api) throw new Error('offline');
      return (await api.rulesVersion(version)).ruleset;
    },
    [api],
  );
  return { online: !!api, versions, error, refresh, load };
}

export type RulesetVersionsApi = ReturnType<typeof useRulesetVersions>;
