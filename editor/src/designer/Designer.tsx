import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import type { Blueprint, Lane, StepType } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import { Canvas } from '../canvas/Canvas';
import { GEOMETRY } from '../canvas/model/geometry';
import type { Placement } from '../canvas/model/layout';
import { combineMarks } from '../canvas/model/marks';
import { NO_SELECTION, type Selection } from '../canvas/model/selection';
import { toCanvas } from '../canvas/model/to-canvas';
import { useI18n } from '../i18n/useI18n';
import { useRuleset } from '../shared/useRuleset';
import { ConfirmDialog } from './ConfirmDialog';
import { PublishDialog } from './PublishDialog';
import { autoLayout } from './model/auto-layout';
import { copySteps, pasteClip, type Clip } from './model/clipboard';
import { connect } from './model/edit-flows';
import { addStep, moveStep, removeElements } from './model/edit-steps';
import { Palette } from './Palette';
import { DiagnosticsList } from './panels/DiagnosticsList';
import { SidePanel, type Tab } from './SidePanel';
import { useSimulation } from './simulation/useSimulation';
import { Toolbar } from './Toolbar';
import { useDesigner } from './useDesigner';
import { useHeldRoles } from './useHeldRoles';
import { useDocumentActions } from './useDocumentActions';
import { useShortcuts } from './useShortcuts';
import type { Comparison } from './versions/diff';
import type { VersionPair } from './versions/VersionsPanel';
import { useVersions } from './versions/useVersions';

const DEFAULT_LANE: Record<StepType, Lane> = {
  start: 'customer',
  task: 'backstage',
  auto: 'support',
  decision: 'backstage',
  end: 'frontstage',
};

const NOTHING = () => undefined;
const NO_EDITS = { undo: NOTHING, redo: NOTHING, copy: NOTHING, paste: NOTHING, remove: NOTHING };

export interface DesignerProps {
  initial: Blueprint;
  api: ApiClient | null;
  /** Called after a publish, so lists elsewhere can show the new version. */
  onPublished?: () => void;
  /** Told whenever the draft gains or loses unsaved changes. */
  onDirtyChange?: (dirty: boolean) => void;
  /** What the address says of the versions tab: open, and which versions are compared. */
  link?: VersionsLink;
  /** Told when the user opens or leaves the versions tab, or compares other versions. */
  onLink?: (link: VersionsLink) => void;
}

export interface VersionsLink {
  versions: boolean;
  compare?: VersionPair;
}

/** The blueprint designer workspace. */
export function Designer(props: DesignerProps) {
  return (
    <ReactFlowProvider>
      <DesignerInner {...props} />
    </ReactFlowProvider>
  );
}

function DesignerInner({ initial, api, onPublished, onDirtyChange, link, onLink }: DesignerProps) {
  const { t, text } = useI18n();
  const held = useHeldRoles(api);
  const heldNames = useMemo(() => held?.map((r) => r.role) ?? null, [held]);
  const d = useDesigner(initial, heldNames);
  const flow = useReactFlow();
  // A run belongs to the blueprint it started on: any change of meaning (hash) resets it.
  const sim = useSimulation(d.checked.ok ? d.checked.hash : null);
  const root = useRef<HTMLDivElement>(null);
  const clip = useRef<Clip | null>(null);
  const [hasClip, setHasClip] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Publishing asks for the change note first.
  const [publishing, setPublishing] = useState(false);
  const [renderAll, setRenderAll] = useState(false);
  const [comparison, setComparisonState] = useState<Comparison | undefined>(undefined);
  // On a published version drawn read-only, a diff entry highlights its step or flow here.
  const [focus, setFocus] = useState<Selection>(NO_SELECTION);
  const setComparison = useCallback((c: Comparison | undefined) => {
    setComparisonState(c);
    setFocus(NO_SELECTION);
  }, []);
  const [tab, setTabState] = useState<Tab>(link?.versions ? 'versions' : 'props');
  const setTab = useCallback(
    (next: Tab) => {
      setTabState(next);
      onLink?.({ versions: next === 'versions' });
    },
    [onLink],
  );
  const onPair = useCallback(
    (pair: VersionPair | undefined) => onLink?.({ versions: true, ...(pair ? { compare: pair } : {}) }),
    [onLink],
  );
  const versions = useVersions(api, d.blueprint.key);
  const ruleset = useRuleset(api);
  const { blueprint, apply, selection, setSelection } = d;
  useEffect(() => onDirtyChange?.(d.dirty), [d.dirty, onDirtyChange]);

  // A published version compared with another is drawn instead of the draft, read-only, while
  // the versions tab is open; the draft's own marks (diff with the draft, simulation) otherwise.
  const viewing = tab === 'versions' ? comparison?.view : undefined;
  const draftDiff = comparison && !comparison.view ? comparison.marks : undefined;
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
    () =>
      viewing
        ? combineMarks(viewing.blueprint, [], undefined, comparison?.marks)
        : combineMarks(blueprint, d.diagnostics, simMarks, draftDiff),
    [
      viewing,
      comparison,
      blueprint,
      d.diagnostics,
      simMarks?.path,
      simMarks?.current,
      simMarks?.flows,
      draftDiff,
    ],
  );
  const shown = viewing ? viewing.blueprint : blueprint;
  const canvas = useMemo(() => toCanvas(shown, marks), [shown, marks]);
  const errors = d.diagnostics.filter((x) => x.severity === 'error').length;
  // A diff entry selects its step or flow (the draft's, or the version's shown read-only) and brings it into view.
  const onFocus = useCallback(
    (sel: Selection) => {
      if (viewing) setFocus(sel);
      else setSelection(sel);
      const ends = sel.flows.flatMap((id) => {
        const f = shown.flows.find((x) => x.id === id);
        return f ? [f.from, f.to] : [];
      });
      const nodes = [...sel.steps, ...ends].map((id) => ({ id }));
      if (nodes.length) void flow.fitView({ nodes, padding: 0.4, duration: 200, maxZoom: 1 });
    },
    [viewing, setSelection, shown, flow],
  );
  const io = useDocumentActions({
    d,
    api,
    root,
    setRenderAll,
    nodeCount: canvas.nodes.length,
    onPublished: async () => {
      await versions.refresh();
      onPublished?.();
    },
  });

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
  const layout = async () => apply(await autoLayout(blueprint));
  const { save } = io;
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
    [d.undo, d.redo, blueprint, selection, apply, setSelection, fit, save],
  );
  // While a published version is on the canvas, keys must not edit the draft behind it.
  const keys = useMemo(() => (viewing ? { ...handlers, ...NO_EDITS } : handlers), [viewing, handlers]);
  useShortcuts(keys);

  return (
    <div className="designer" ref={root}>
      <Toolbar
        title={text(blueprint.name)}
        dirty={d.dirty}
        canUndo={d.canUndo && !viewing}
        canRedo={d.canRedo && !viewing}
        canDelete={!viewing && selection.steps.length + selection.flows.length > 0}
        online={!!api}
        errors={errors}
        status={io.status}
        onUndo={d.undo}
        onRedo={d.redo}
        onDelete={handlers.remove}
        canCopy={!viewing && selection.steps.length > 0}
        canPaste={!viewing && hasClip}
        onCopy={handlers.copy}
        onPaste={handlers.paste}
        onFit={fit}
        onLayout={() => void layout()}
        onSave={() => void io.save()}
        onPublish={() => setPublishing(true)}
        onImport={io.onImport}
        onExport={(k) => void io.onExport(k)}
      />
      <div className="designer-body">
        <Palette onAdd={onPaletteClick} disabled={!!viewing} />
        <div className="designer-center">
          {viewing && (
            <div className="canvas-banner" role="status" data-testid="version-view">
              {t('ver.viewing', { version: viewing.version })}
              <button
                type="button"
                className="link"
                data-action="back-to-draft"
                onClick={() => setComparison(undefined)}
              >
                {t('ver.backToDraft')}
              </button>
            </div>
          )}
          <div className={`canvas-wrap ${viewing ? 'is-read-only' : ''}`}>
            <Canvas
              canvas={canvas}
              selection={viewing ? focus : selection}
              onSelect={setSelection}
              onMove={onMove}
              onConnect={onConnect}
              onAdd={onAdd}
              readOnly={!!viewing}
              renderAll={renderAll}
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
          onCompare={setComparison}
          onFocus={onFocus}
          ruleFacts={ruleset.facts ?? []}
          heldRoles={held}
          comparing={!!comparison}
          pair={link?.compare}
          onPair={onPair}
        />
      </div>
      {publishing && (
        <PublishDialog
          warnings={d.diagnostics.filter((x) => x.severity === 'warning')}
          onPublish={(note) => {
            setPublishing(false);
            void io.publish(note);
          }}
          onCancel={() => setPublishing(false)}
        />
      )}
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
