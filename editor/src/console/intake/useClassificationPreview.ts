import { useEffect, useRef, useState } from 'react';
import type { Classification, JsonValue } from '@frontstage/engine';
import type { ApiClient } from '../../api/client';

/**
 * The classification the API's ruleset gives the facts as they are typed (`POST /api/rules/evaluate`),
 * asked for once the typing pauses; answers to older facts are dropped.
 */
export function useClassificationPreview(
  api: ApiClient | null,
  facts: Record<string, JsonValue>,
  enabled: boolean,
) {
  const [classification, setClassification] = useState<Classification | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const asked = useRef(0);
  const key = JSON.stringify(facts);
  useEffect(() => {
    if (!api || !enabled) {
      setClassification(null);
      return;
    }
    const n = ++asked.current;
    setPending(true);
    const timer = setTimeout(() => {
      api.evaluate(JSON.parse(key) as Record<string, JsonValue>).then(
        (res) => {
          if (n !== asked.current) return;
          setClassification(res.classification);
          setError(null);
          setPending(false);
        },
        (e: unknown) => {
          if (n !== asked.current) return;
          setError(e);
          setPending(false);
        },
      );
    }, 350);
    return () => clearTimeout(timer);
  }, [api, key, enabled]);
  return { classification, error, pending };
}
