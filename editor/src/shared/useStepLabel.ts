import { useCallback, useContext, useEffect, useState } from 'react';
import type { Blueprint } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';
import { ApiContext } from './api-context';
import { pinnedVersion } from './usePinnedBlueprint';

/**
 * Names a ticket's steps in the reader's language from its pinned blueprint version (fetched once
 * per version and shared); the step id stands in until it has arrived.
 */
export function useStepLabel(ref: { key: string; version: number }) {
  const api = useContext(ApiContext);
  const { text } = useI18n();
  const [blueprint, setBlueprint] = useState<Blueprint | null>(null);
  useEffect(() => {
    if (!api) return;
    let live = true;
    pinnedVersion(api, ref.key, ref.version).then(
      (v) => live && setBlueprint(v.blueprint),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, ref.key, ref.version]);
  return useCallback(
    (stepId: string) => text(blueprint?.steps.find((s) => s.id === stepId)?.label) || stepId,
    [blueprint, text],
  );
}
