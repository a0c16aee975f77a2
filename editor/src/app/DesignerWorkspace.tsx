import { useCallback, useEffect, useState } from 'react';
import type { Blueprint } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import type { BlueprintSummary } from '../api/types';
import { Designer } from '../designer/Designer';
import { sampleBlueprint } from '../designer/sample-blueprint';
import { useI18n } from '../i18n/useI18n';

/** Picks a blueprint (from the API, or the built-in sample offline) and opens it in the designer. */
export function DesignerWorkspace({ api }: { api: ApiClient | null }) {
  const { t, text } = useI18n();
  const [list, setList] = useState<BlueprintSummary[]>([]);
  const [open, setOpen] = useState<Blueprint | null>(api ? null : sampleBlueprint());
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    if (api) api.blueprints().then(setList, (e: Error) => setError(e.message));
  }, [api]);
  useEffect(refresh, [refresh]);
  const openKey = useCallback(
    async (key: string) => {
      if (!api) return;
      try {
        setOpen((await api.draft(key)).blueprint);
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [api],
  );
  return (
    <div className="designer-ws">
      {api && (
        <div className="bp-picker">
          <label>
            {t('ver.open')}:{' '}
            <select
              name="blueprint"
              value={open?.key ?? ''}
              onChange={(e) => void openKey(e.target.value)}
              data-testid="blueprint-picker"
            >
              <option value="" disabled>
                —
              </option>
              {list.map((b) => (
                <option key={b.key} value={b.key}>
                  {b.name ? text(b.name) : b.key} ({b.key}){b.latest ? ` · v${b.latest.version}` : ''}
                </option>
              ))}
            </select>
          </label>
          {error && <span className="error-text">{error}</span>}
        </div>
      )}
      {open ? (
        <Designer key={open.key} initial={open} api={api} onPublished={refresh} />
      ) : (
        <p className="placeholder">{t('ver.open')}…</p>
      )}
    </div>
  );
}
