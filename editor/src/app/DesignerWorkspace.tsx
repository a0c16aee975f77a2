import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Blueprint, BlueprintSummary } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import { ConfirmDialog } from '../designer/ConfirmDialog';
import { Designer, type VersionsLink } from '../designer/Designer';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';
import { sampleBlueprint } from '../shared/sample-blueprint';
import { useRouter } from './router';

/**
 * Picks a blueprint (from the API, or the built-in sample offline) and opens it in the designer, at
 * /designer/:key.
 */
export function DesignerWorkspace({ api }: { api: ApiClient | null }) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const { route, navigate } = useRouter();
  const here = route?.ws === 'designer' ? route : null;
  const asked = here?.blueprint;
  const [list, setList] = useState<BlueprintSummary[]>([]);
  const [open, setOpen] = useState<Blueprint | null>(api ? null : sampleBlueprint());
  const [error, setError] = useState<unknown>(null);
  // Read when a blueprint opens; later changes are the designer's own, written to the address.
  const link = useMemo(
    () => ({ versions: here?.versions === true, ...(here?.compare ? { compare: here.compare } : {}) }),
    [open?.key],
  );
  const onLink = useCallback(
    (l: VersionsLink) => {
      if (open) navigate({ ws: 'designer', blueprint: open.key, ...l }, { replace: true });
    },
    [navigate, open],
  );
  // Unsaved edits in the open designer: switching away asks first (and so does leaving the page).
  const dirty = useRef(false);
  const [pending, setPending] = useState<string | null>(null);
  const onDirtyChange = useCallback((d: boolean) => void (dirty.current = d), []);
  const refresh = useCallback(() => {
    if (api) api.blueprints().then(setList, setError);
  }, [api]);
  useEffect(refresh, [refresh]);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
  const openKey = useCallback(
    async (key: string) => {
      if (!api) return;
      try {
        setOpen((await api.draft(key)).blueprint);
        dirty.current = false;
        setError(null);
      } catch (e) {
        setError(e);
      }
    },
    [api],
  );
  // The blueprint the address names is the one open; leaving unsaved edits asks first, and
  // staying puts the address back.
  const openKey_ = useRef(openKey);
  openKey_.current = openKey;
  const openedKey = open?.key;
  useEffect(() => {
    if (!api || !asked || asked === openedKey) return;
    if (dirty.current) setPending(asked);
    else void openKey_.current(asked);
  }, [api, asked, openedKey]);
  const choose = (key: string) => {
    if (key !== open?.key) navigate({ ws: 'designer', blueprint: key });
  };
  return (
    <div className="designer-ws">
      {api && (
        <div className="bp-picker">
          <label>
            {t('ver.open')}:{' '}
            <select
              name="blueprint"
              value={open?.key ?? ''}
              onChange={(e) => choose(e.target.value)}
              data-testid="blueprint-picker"
            >
              <option value="" disabled>
                —
              </option>
              {list.map((b) => (
                <option key={b.key} value={b.key} title={b.key}>
                  {b.name ? text(b.name) : b.key}
                  {b.latest ? ` · v${b.latest.version}` : ''}
                </option>
              ))}
            </select>
          </label>
          {error !== null && <span className="error-text">{describeError(error, i18n)}</span>}
        </div>
      )}
      {open ? (
        <Designer
          key={open.key}
          initial={open}
          api={api}
          onPublished={refresh}
          onDirtyChange={onDirtyChange}
          link={link}
          onLink={onLink}
        />
      ) : (
        <p className="placeholder">{t('ver.open')}…</p>
      )}
      {pending && (
        <ConfirmDialog
          message={t('confirm.discard', { name: open ? text(open.name) : '' })}
          confirmLabel={t('confirm.discardYes')}
          onConfirm={() => {
            const key = pending;
            setPending(null);
            void openKey(key);
          }}
          onCancel={() => {
            setPending(null);
            if (open) navigate({ ws: 'designer', blueprint: open.key }, { replace: true });
          }}
        />
      )}
    </div>
  );
}
