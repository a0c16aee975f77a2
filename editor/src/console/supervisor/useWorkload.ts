import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../api/client';
import type { TicketChange, WorkloadRow } from '@frontstage/engine';

/** Open work per team, fetched again on every change the stream reports. */
export function useWorkload(api: ApiClient | null, change: TicketChange | null) {
  const [rows, setRows] = useState<WorkloadRow[]>([]);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    if (!api) return;
    api.workload().then(
      (r) => {
        setRows(r);
        setError(null);
      },
      (e: unknown) => setError(e),
    );
  }, [api]);
  useEffect(() => {
    const timer = setTimeout(reload, change ? 150 : 0);
    return () => clearTimeout(timer);
  }, [reload, change]);
  return { rows, error };
}
