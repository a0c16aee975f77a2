import { useEffect, useState } from 'react';
import type { Ruleset } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import { sampleRuleset } from '../rules/sample-ruleset';

/**
 * The live ruleset, for the facts it reads and the words it offers (intake, the simulator's
 * starting facts); the built-in sample until then, and offline.
 */
export function useRuleset(api: ApiClient | null): Ruleset {
  const [ruleset, setRuleset] = useState<Ruleset>(sampleRuleset);
  useEffect(() => {
    if (!api) return;
    let live = true;
    api.rules().then(
      (res) => live && setRuleset(res.ruleset),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return ruleset;
}
