import { useCallback, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useReactFlow } from '@xyflow/react';
import type { Text } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { canvasImage, download, whenAllRendered } from './export-image';
import { importBlueprint } from './model/import-blueprint';
import type { DesignerState } from './useDesigner';

/**
 * The toolbar's status line, kept as a message key with its parts (an error, bilingual texts)
 * rather than as a finished string, so it follows a language switch.
 */
export interface Status {
  key: MessageKey;
  vars?: Record<string, string | number>;
  error?: unknown;
  texts?: Text[];
}

/**
 * Save, publish, import and export of the open blueprint, with the status line they report to.
 * An image export first renders every node (a big blueprint renders only what is on screen), so
 * the picture holds every step; `setRenderAll` switches that on for the capture only.
 */
export function useDocumentActions({
  d,
  api,
  root,
  setRenderAll,
  nodeCount,
  onPublished,
}: {
  d: DesignerState;
  api: ApiClient | null;
  root: RefObject<HTMLElement | null>;
  setRenderAll: (all: boolean) => void;
  nodeCount: number;
  onPublished: () => Promise<void> | void;
}) {
  const i18n = useI18n();
  const flow = useReactFlow();
  const [status, setStatus] = useState<Status | null>(null);
  const { blueprint } = d;
  const errors = d.diagnostics.filter((x) => x.severity === 'error').length;

  const save = useCallback(async () => {
    if (!api) return;
    try {
      await api.saveDraft(blueprint.key, blueprint);
      d.markSaved(blueprint);
      setStatus({ key: 'toolbar.saved' });
    } catch (e) {
      setStatus({ key: 'common.failed', error: e });
    }
  }, [api, blueprint, d.markSaved]);

  const publish = async (note?: string) => {
    if (!api) return;
    if (errors > 0) return setStatus({ key: 'toolbar.publishRefused' });
    try {
      await api.saveDraft(blueprint.key, blueprint);
      d.markSaved(blueprint);
      const v = await api.publish(blueprint.key, note);
      setStatus({ key: 'toolbar.published', vars: { version: v.version } });
      await onPublished();
    } catch (e) {
      setStatus({ key: 'common.failed', error: e });
    }
  };

  const onImport = (body: string) => {
    const r = importBlueprint(body);
    if (!r.ok) return setStatus({ key: 'import.failed', texts: [r.message, ...r.details.slice(0, 3)] });
    d.load(r.blueprint);
    setStatus({ key: 'import.done' });
  };

  const onExport = async (kind: 'json' | 'svg' | 'png') => {
    if (kind === 'json')
      return download(
        `${blueprint.key}.json`,
        `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(blueprint, null, 2))}`,
      );
    const el = root.current;
    if (!el) return;
    // A picture of a big blueprint takes seconds to draw: say so meanwhile.
    flushSync(() => {
      setRenderAll(true);
      setStatus({ key: 'toolbar.exporting' });
    });
    try {
      await whenAllRendered(el, nodeCount);
      download(`${blueprint.key}.${kind}`, await canvasImage(kind, flow.getNodesBounds(flow.getNodes()), el));
      setStatus(null);
    } catch (e) {
      setStatus({ key: 'common.failed', error: e });
    } finally {
      setRenderAll(false);
    }
  };

  const { t, text } = i18n;
  const [first, ...rest] = status?.texts ?? [];
  const message =
    status?.error !== undefined
      ? describeError(status.error, i18n)
      : first
        ? `${text(first)}${rest.length ? ` — ${rest.map(text).join('; ')}` : ''}`
        : '';
  return {
    status: status && t(status.key, { ...status.vars, message }),
    save,
    publish,
    onImport,
    onExport,
  };
}
