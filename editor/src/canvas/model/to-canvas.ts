import { LANES, type Blueprint, type Lane } from '@frontstage/engine';
import { evidenceNodeId, laneNodeId, type CanvasNode, type FlowEdgeType, type Marks } from './canvas-types';
import { GEOMETRY, laneBands, type LaneBand } from './geometry';
import { placements, type Placement } from './layout';

/** Marks per step and per flow id, from diagnostics, simulation and diff. */
export interface CanvasMarks {
  steps: ReadonlyMap<string, Marks>;
  flows: ReadonlyMap<string, Marks>;
}

export interface Canvas {
  nodes: CanvasNode[];
  edges: FlowEdgeType[];
  bands: LaneBand[];
  width: number;
}

const EMPTY: CanvasMarks = { steps: new Map(), flows: new Map() };
const EVIDENCE_STEP = GEOMETRY.evidenceHeight + 8;

/** Lane bands for a blueprint's placements: each lane grows to hold its lowest step or evidence stack. */
export function bandsFor(blueprint: Blueprint, placed: ReadonlyMap<string, Placement>): LaneBand[] {
  const bottom: Partial<Record<Lane, number>> = {};
  for (const step of blueprint.steps) {
    const p = placed.get(step.id);
    if (!p) continue;
    bottom[step.lane] = Math.max(bottom[step.lane] ?? 0, p.relY + GEOMETRY.stepHeight);
    const evidence = step.evidence?.length ?? 0;
    if (evidence > 0)
      bottom.evidence = Math.max(bottom.evidence ?? 0, GEOMETRY.lanePadding + evidence * EVIDENCE_STEP);
  }
  return laneBands(bottom);
}

/**
 * Turns a blueprint into React Flow nodes and edges: five lane group nodes first (parents before
 * children), then steps as children of their lane, then evidence items in the evidence lane above
 * their step. Pure and DOM-free.
 */
export function toCanvas(blueprint: Blueprint, marks: CanvasMarks = EMPTY): Canvas {
  const placed = placements(blueprint);
  const words = { roles: blueprint.roles, events: blueprint.events };
  const bands = bandsFor(blueprint, placed);
  let right = 0;
  for (const p of placed.values()) right = Math.max(right, p.x + GEOMETRY.stepWidth);
  const width = Math.max(GEOMETRY.minLaneWidth, right + GEOMETRY.gap * 2);
  const nodes: CanvasNode[] = bands.map((b) => ({
    id: laneNodeId(b.lane),
    type: 'lane',
    position: { x: 0, y: b.top },
    data: { lane: b.lane, width, height: b.height },
    style: { width, height: b.height },
    draggable: false,
    selectable: false,
    connectable: false,
    zIndex: -1,
  }));
  for (const step of blueprint.steps) {
    const p = placed.get(step.id)!;
    nodes.push({
      id: step.id,
      type: 'step',
      parentId: laneNodeId(step.lane),
      position: { x: p.x, y: p.relY },
      data: { step, words, ...marks.steps.get(step.id) },
      width: GEOMETRY.stepWidth,
      height: GEOMETRY.stepHeight,
    });
  }
  for (const step of blueprint.steps) {
    const p = placed.get(step.id)!;
    (step.evidence ?? []).forEach((evidence, i) => {
      nodes.push({
        id: evidenceNodeId(step.id, evidence.id),
        type: 'evidence',
        parentId: laneNodeId('evidence'),
        position: { x: p.x + 10, y: GEOMETRY.lanePadding / 2 + i * EVIDENCE_STEP },
        data: { evidence, stepId: step.id },
        draggable: false,
        connectable: false,
        width: GEOMETRY.stepWidth - 20,
        height: GEOMETRY.evidenceHeight,
      });
    });
  }
  const ids = new Set(blueprint.steps.map((s) => s.id));
  const edges: FlowEdgeType[] = blueprint.flows
    .filter((f) => ids.has(f.from) && ids.has(f.to))
    .map((flow) => ({
      id: flow.id,
      type: 'flow',
      source: flow.from,
      target: flow.to,
      data: { flow, words, ...marks.flows.get(flow.id) },
    }));
  return { nodes, edges, bands, width };
}

/** The lanes, top first, as the canvas draws them (re-exported for panels that list lanes). */
export const LANE_ORDER: readonly Lane[] = LANES;
