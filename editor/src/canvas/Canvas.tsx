import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  type Dispatch,
  type DragEvent,
  type SetStateAction,
} from 'react';
import {
  applyNodeChanges,
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  getNodesBounds,
  type EdgeChange,
  type ReactFlowInstance,
  type NodeChange,
} from '@xyflow/react';
import type { Lane, StepType } from '@frontstage/engine';
import type { CanvasNode, FlowEdgeType, StepNodeType } from './model/canvas-types';
import { dropTarget } from './model/drop-target';
import type { Placement } from './model/layout';
import type { Selection } from './model/selection';
import type { Canvas as CanvasModel } from './model/to-canvas';
import { EvidenceNode } from './nodes/EvidenceNode';
import { FlowEdge } from './nodes/FlowEdge';
import { LaneNode } from './nodes/LaneNode';
import { StepNode } from './nodes/StepNode';

const nodeTypes = { lane: LaneNode, step: StepNode, evidence: EvidenceNode };
const edgeTypes = { flow: FlowEdge };
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };

export const PALETTE_MIME = 'application/x-frontstage-step';

export interface CanvasProps {
  canvas: CanvasModel;
  selection: Selection;
  onSelect: Dispatch<SetStateAction<Selection>>;
  /** One or more steps dropped: each with the lane under it and its snapped place. */
  onMove: (moves: { id: string; lane: Lane; placement: Placement }[]) => void;
  onConnect: (from: string, to: string) => void;
  onAdd: (type: StepType, lane: Lane, placement: Placement) => void;
  /** A published version shown for comparison: nothing can be moved, connected, added or picked. */
  readOnly?: boolean;
  /** Render every node even on a big blueprint (an image export needs the off-screen ones too). */
  renderAll?: boolean;
  /** A view beside other panels (a ticket, a replay): open on the whole blueprint, no minimap. */
  overview?: boolean;
}

function toggle(ids: readonly string[], picks: readonly { id: string; selected: boolean }[]): string[] {
  const set = new Set(ids);
  for (const p of picks) {
    if (p.id.includes(':')) continue;
    if (p.selected) set.add(p.id);
    else set.delete(p.id);
  }
  return [...set];
}

const READABLE_ZOOM = 0.7;

function sameNode(a: CanvasNode, b: CanvasNode): boolean {
  if (a.type !== b.type || a.parentId !== b.parentId || !!a.selected !== !!b.selected) return false;
  if (a.position.x !== b.position.x || a.position.y !== b.position.y) return false;
  const da = a.data as Record<string, unknown>;
  const db = b.data as Record<string, unknown>;
  const keys = new Set([...Object.keys(da), ...Object.keys(db)]);
  for (const k of keys) if (da[k] !== db[k]) return false;
  return true;
}

/**
 * Keeps the previous node object where nothing changed, so an edit re-renders only the steps it
 * touched (memoized nodes skip the rest) and React Flow keeps their measurements.
 */
function reuseUnchanged(prev: CanvasNode[], next: CanvasNode[]): CanvasNode[] {
  const old = new Map(prev.map((n) => [n.id, n]));
  return next.map((n) => {
    const o = old.get(n.id);
    return o && sameNode(o, n) ? o : n;
  });
}

/**
 * Opens on the whole blueprint when it fits at a readable size; a long blueprint opens at its left
 * end (lane names and start) at a readable zoom instead of as a row of specks.
 */
function readableStart(rf: ReactFlowInstance<CanvasNode, FlowEdgeType>) {
  const el = document.querySelector('.react-flow');
  const bounds = getNodesBounds(rf.getNodes().filter((n) => n.type === 'lane'));
  const width = el?.clientWidth ?? 1200;
  const height = el?.clientHeight ?? 800;
  const fit = Math.min(width / (bounds.width + 40), height / (bounds.height + 40));
  if (fit >= READABLE_ZOOM || !el) return void rf.fitView({ padding: 0.04 });
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, height / (bounds.height + 60)));
  void rf.setViewport({
    x: 16 - bounds.x * zoom,
    y: Math.max(16, (height - bounds.height * zoom) / 2) - bounds.y * zoom,
    zoom,
  });
}

/** The React Flow canvas: lanes, steps and flows; drags snap to lanes and may change a step's lane. */
export function Canvas({
  canvas,
  selection,
  onSelect,
  onMove,
  onConnect,
  onAdd,
  readOnly = false,
  renderAll = false,
  overview = false,
}: CanvasProps) {
  const flow = useReactFlow();
  const [nodes, setNodes] = useState<CanvasNode[]>(canvas.nodes);
  const resync = useCallback(() => {
    const chosen = new Set(selection.steps);
    setNodes((prev) =>
      reuseUnchanged(
        prev,
        canvas.nodes.map((n) => (n.type === 'step' && chosen.has(n.id) ? { ...n, selected: true } : n)),
      ),
    );
  }, [canvas, selection.steps]);
  useEffect(resync, [resync]);
  const edges = useMemo(() => {
    const chosen = new Set(selection.flows);
    return canvas.edges.map((e) => (chosen.has(e.id) ? { ...e, selected: true } : e));
  }, [canvas, selection.flows]);

  // Selection lives in the designer, not in React Flow: user clicks arrive as 'select' changes and
  // are folded into it; the nodes are then re-marked from it. One direction, no feedback loop.
  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const picks = changes.filter((c) => c.type === 'select');
      if (picks.length) onSelect((sel) => ({ ...sel, steps: toggle(sel.steps, picks) }));
      const rest = changes.filter((c) => c.type !== 'select');
      if (rest.length) setNodes((ns) => applyNodeChanges(rest, ns));
    },
    [onSelect],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdgeType>[]) => {
      const picks = changes.filter((c) => c.type === 'select');
      if (picks.length) onSelect((sel) => ({ ...sel, flows: toggle(sel.flows, picks) }));
    },
    [onSelect],
  );
  const onNodeDragStop = useCallback(
    (_: unknown, _node: unknown, dragged: CanvasNode[]) => {
      const moves = dragged
        .filter((node): node is StepNodeType => node.type === 'step')
        .map((node) => {
          const band = canvas.bands.find((b) => b.lane === node.data.step.lane)!;
          return { id: node.id, ...dropTarget(canvas.bands, node.position.x, band.top + node.position.y) };
        });
      if (moves.length) onMove(moves);
      // A drop that changes nothing still puts the node back on its snapped place.
      resync();
    },
    [canvas.bands, onMove, resync],
  );
  const handleConnect = useCallback(
    (c: Connection) => c.source && c.target && onConnect(c.source, c.target),
    [onConnect],
  );
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const type = e.dataTransfer.getData(PALETTE_MIME) as StepType;
      if (!type || readOnly) return;
      e.preventDefault();
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const target = dropTarget(canvas.bands, p.x - 90, p.y - 32);
      onAdd(type, target.lane, target.placement);
    },
    [canvas.bands, flow, onAdd, readOnly],
  );

  return (
    <ReactFlow<CanvasNode, FlowEdgeType>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      defaultEdgeOptions={defaultEdgeOptions}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDragStop={onNodeDragStop}
      onConnect={handleConnect}
      onDragOver={onDragOver}
      onDrop={onDrop}
      deleteKeyCode={null}
      snapToGrid
      snapGrid={[20, 20]}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      elementsSelectable={!readOnly}
      onlyRenderVisibleElements={!renderAll && canvas.nodes.length > 300}
      minZoom={0.1}
      maxZoom={2}
      onInit={overview ? (rf) => void rf.fitView({ padding: 0.03 }) : readableStart}
      proOptions={{ hideAttribution: true }}
    >
      <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
      <Controls showInteractive={false} />
      {!overview && (
        <MiniMap
          pannable
          zoomable
          nodeStrokeWidth={2}
          nodeColor={(n) =>
            n.type === 'lane' ? 'transparent' : n.type === 'evidence' ? '#c9b98a' : '#5b7bd5'
          }
        />
      )}
    </ReactFlow>
  );
}
