import { useCallback, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import type { Blueprint, Lane, StepType } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { Canvas } from './Canvas';
import { ConfirmDialog } from './ConfirmDialog';
import { canvasImage, download } from './export-image';
import { autoLayout } from './model/auto-layout';
import { copySteps, pasteClip, type Clip } from './model/clipboard';
import { connect } from './model/edit-flows';
import { addStep, moveStep, removeElements } from './model/edit-steps';
import { GEOMETRY } from './model/geometry';
import { importBlueprint } from './model/import-blueprint';
import type { Placement } from './model/layout';
import { combineMarks } from './model/marks';
import { toCanvas } from './model/to-canvas';
import { Palette } from './Palette';
import { DiagnosticsList } from './panels/DiagnosticsList';
import { SidePanel, type Tab } from './SidePanel';
import { useSimulation } from './simulation/useSimulation';
import { Toolbar } from './Toolbar';
import { useDesigner } from './useDesigner';
import { useShortcuts } from './useShortcuts';
import type { DiffMarks } from './versions/diff';
import { useVersions } from './versions/useVersions';

const DEFAULT_LANE: Record<StepType, Lane> = {
  start: 'customer',
  task: 'backstage',
  auto: 'support',
  decision: 'backstage',
  end: 'frontstage',
};

export interface DesignerProps {
  initial: Blueprint;
  api: ApiClient | null;
  /** Called after a publish, so lists elsewhere can show the new version. */
  onPublished?: () => void;
}

/** The blueprint designer workspace. */
export function Designer(props: DesignerProps) {
  return (
    <ReactFlowProvider>
      <DesignerInner {...props} />
    </ReactFlowProvider>
  );
}

function DesignerInner({ initial, api, onPublished }: DesignerProps) {
  const { t, text } = useI18n();
  const d = useDesigner(initial);
  const flow = useReactFlow();
  const sim = useSimulation();
  const root = useRef<HTMLDivElement>(null);
  const clip = useRef<Clip | null>(null);
  const [hasClip, setHasClip] = useState(false);
  // Kept as a message key so the status follows a language switch.
  const [status, setStatus] = useState<{ key: MessageKey; vars?: Record<string, string | number> } | null>(
    null,
  );
  const [confirming, setConfirming] = useState(false);
  const [diff, setDiff] = useState<DiffMarks | undefined>(undefined);
  const [tab, setTab] = useState<Tab>('props');
  const versions = useVersions(api, d.blueprint.key);
  const { blueprint, apply, selection, setSelection } = d;

  // The simulated path is drawn while the simulation tab is open, so it never mixes with a diff.
  const simMarks =
    tab === 'sim' && sim.frame
      ? {
          path: sim.frame.ticket.path,
          current: sim.frame.ticket.status === 'open' ? sim.frame.ticket.state : undefined,
          flows: sim.frame.flows,
        }
      : undefined;
  const marks = useMemo(
    () => combineMarks(blueprint, d.diagnostics, simMarks, diff),
    [blueprint, d.diagnostics, simMarks?.path, simMarks?.current, simMarks?.flows, diff],
  );
  const canvas = useMemo(() => toCanvas(blueprint, marks), [blueprint, marks]);
  const errors = d.diagnostics.filter((x) => x.severity === 'error').length;

  // A multi-step drag is one edit, one undo step.
  const onMove = useCallback(
    (moves: { id: string; lane: Lane; placement: Placement }[]) =>
      apply((b) => moves.reduce((doc, m) => moveStep(doc, m.id, m.lane, m.placement), b)),
    [apply],
  );
  const onAdd = useCallback(
    (type: StepType, lane: Lane, placement: Placement) => {
      const r = addStep(blueprint, type, lane, placement);
      apply(() => r.blueprint);
      setSelection({ steps: [r.id], flows: [] });
    },
    [apply, blueprint, setSelection],
  );
  const onPaletteClick = (type: StepType) =>
    onAdd(type, DEFAULT_LANE[type], {
      x: canvas.width - GEOMETRY.stepWidth - GEOMETRY.gap * 2,
      relY: GEOMETRY.lanePadding,
    });
  const onConnect = useCallback(
    (from: string, to: string) => apply((b) => connect(b, from, to).blueprint),
    [apply],
  );
  const fit = useCallback(() => void flow.fitView({ padding: 0.05, duration: 200 }), [flow]);
  const removeSelected = () => {
    apply((b) => removeElements(b, selection.steps, selection.flows));
    setSelection({ steps: [], flows: [] });
    setConfirming(false);
  };
  const save = async () => {
    if (!api) return;
    try {
      await api.saveDraft(blueprint.key, blueprint);
      d.markSaved(blueprint);
      setStatus({ key: 'toolbar.saved' });
    } catch (e) {
      setStatus({ key: 'common.failed', vars: { message: (e as Error).message } });
    }
  };
  const publish = async () => {
    if (!api) return;
    if (errors > 0) return setStatus({ key: 'toolbar.publishRefused' });
    try {
      await api.saveDraft(blueprint.key, blueprint);
      d.markSaved(blueprint);
      const v = await api.publish(blueprint.key);
      setStatus({ key: 'toolbar.published', vars: { version: v.version } });
      await versions.refresh();
      onPublished?.();
    } catch (e) {
      setStatus({ key: 'common.failed', vars: { message: (e as Error).message } });
    }
  };
  const onImport = (textBody: string) => {
    const r = importBlueprint(textBody);
    if (!r.ok)
      return setStatus({
        key: 'import.failed',
        vars: { message: `${text(r.message)} — ${r.details.slice(0, 3).join('; ')}` },
      });
    d.load(r.blueprint);
    setStatus({ key: 'import.done' });
  };
  const onExport = async (kind: 'json' | 'svg' | 'png') => {
    if (kind === 'json')
      return download(
        `${blueprint.key}.json`,
        `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(blueprint, null, 2))}`,
      );
    if (root.current)
      download(`${blueprint.key}.${kind}`, await canvasImage(kind, flow.getNodes(), root.current));
  };
  const layout = async () => apply(await autoLayout(blueprint));
  const handlers = useMemo(
    () => ({
      undo: d.undo,
      redo: d.redo,
      copy: () => {
        if (selection.steps.length === 0) return;
        clip.current = copySteps(blueprint, selection.steps);
        setHasClip(true);
      },
      paste: () => {
        const c = clip.current;
        if (!c || c.steps.length === 0) return;
        const r = pasteClip(blueprint, c);
        apply(() => r.blueprint);
        setSelection({ steps: r.ids, flows: [] });
      },
      remove: () => (selection.steps.length || selection.flows.length ? setConfirming(true) : undefined),
      save: () => void save(),
      fit,
    }),
    [d.undo, d.redo, blueprint, selection, apply, setSelection, fit],
  );
  useShortcuts(handlers);

  return (
    <div className="designer" ref={root}>
      <Toolbar
        title={text(blueprint.name)}
        dirty={d.dirty}
        canUndo={d.canUndo}
        canRedo={d.canRedo}
        canDelete={selection.steps.length + selection.flows.length > 0}
        online={!!api}
        errors={errors}
        status={status && t(status.key, status.vars)}
        onUndo={d.undo}
        onRedo={d.redo}
        onDelete={handlers.remove}
        canCopy={selection.steps.length > 0}
        canPaste={hasClip}
        onCopy={handlers.copy}
        onPaste={handlers.paste}
        onFit={fit}
        onLayout={() => void layout()}
        onSave={() => void save()}
        onPublish={() => void publish()}
        onImport={onImport}
        onExport={(k) => void onExport(k)}
      />
      <div className="designer-body">
        <Palette onAdd={onPaletteClick} />
        <div className="designer-center">
          <div className="canvas-wrap">
            <Canvas
              canvas={canvas}
              selection={selection}
              onSelect={setSelection}
              onMove={onMove}
              onConnect={onConnect}
              onAdd={onAdd}
            />
          </div>
          <DiagnosticsList blueprint={blueprint} diagnostics={d.diagnostics} onSelect={setSelection} />
        </div>
        <SidePanel
          tab={tab}
          onTab={setTab}
          designer={d}
          sim={sim}
          versions={versions}
          onDiff={setDiff}
          diffActive={!!diff}
        />
      </div>
      {confirming && (
        <ConfirmDialog
          message={t('confirm.delete', { count: selection.steps.length + selection.flows.length })}
          onConfirm={removeSelected}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
