import { useEffect, useState } from 'react';
import { compile, type CompiledBlueprint } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import type { VersionResponse } from '@frontstage/engine';

// Published versions never change, so each is fetched once per signed-in client.
const cache = new WeakMap<ApiClient, Map<string, Promise<VersionResponse>>>();

/** A published blueprint version, fetched once and shared by every view that draws it. */
export function pinnedVersion(api: ApiClient, key: string, version: number): Promise<VersionResponse> {
  let versions = cache.get(api);
  if (!versions) cache.set(api, (versions = new Map()));
  const id = `${key}@${version}`;
  let found = versions.get(id);
  if (!found) {
    found = api.version(key, version);
    versions.set(id, found);
    found.catch(() => versions.delete(id));
  }
  return found;
}

export interface Pinned {
  version: VersionResponse;
  /** Compiled in the page by the engine, for replay; null when the stored blueprint no longer compiles. */
  compiled: CompiledBlueprint | null;
}

/** The blueprint version a ticket is pinned to, with its compiled form; null until it has arrived. */
export function usePinnedBlueprint(
  api: ApiClient | null,
  ref: { key: string; version: number } | null | undefined,
) {
  const [pinned, setPinned] = useState<Pinned | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = ref?.key;
  const version = ref?.version;
  useEffect(() => {
    if (!api || !key || !version) return;
    let live = true;
    pinnedVersion(api, key, version).then(
      (v) => {
        if (!live) return;
        const compiled = compile(v.blueprint);
        setPinned({ version: v, compiled: compiled.ok ? compiled : null });
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, key, version]);
  return {
    pinned: pinned && pinned.version.key === key && pinned.version.version === version ? pinned : null,
    error,
  };
}
