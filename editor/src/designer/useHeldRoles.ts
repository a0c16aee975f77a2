import { useEffect, useState } from 'react';
import type { HeldRole } from '@frontstage/engine';
import type { ApiClient } from '../api/client';

/**
 * The roles the accounts hold, from `GET /api/roles`; null offline, or when the API does not say
 * (an older API, or a refusal): then the designer warns of nothing about who holds a role.
 */
export function useHeldRoles(api: ApiClient | null): HeldRole[] | null {
  const [held, setHeld] = useState<HeldRole[] | null>(null);
  useEffect(() => {
    if (!api) return;
    let live = true;
    api.heldRoles().then(
      (roles) => live && setHeld(roles),
      () => live && setHeld(null),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return held;
}
