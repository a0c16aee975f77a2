import type { Edge, Node } from '@xyflow/react';
import type { Evidence, Flow, Lane, Severity, Step, Text } from '@frontstage/engine';

/** How a step or flow is marked on the canvas besides its own content. */
export type Marks = {
  issue?: Severity;
  /** Simulation: the ticket is here now, or passed through. */
  sim?: 'current' | 'visited';
  /** Version diff against an older version. */
  diff?: 'added' | 'changed';
  /** Heatmap: how hot the step runs (0 none … 4 hottest), whether it is among the slowest, and its figures. */
  heat?: 0 | 1 | 2 | 3 | 4;
  slowest?: boolean;
  note?: string;
};

export type LaneNodeData = { lane: Lane; width: number; height: number };
/** The blueprint's own words for its roles and events, so a draft's new codes are named before they are published. */
export type BlueprintWords = { roles?: Record<string, Text>; events?: Record<string, Text> };
export type StepNodeData = { step: Step; words?: BlueprintWords } & Marks;
export type EvidenceNodeData = { evidence: Evidence; stepId: string };
export type FlowEdgeData = { flow: Flow; words?: BlueprintWords } & Marks;

export type LaneNodeType = Node<LaneNodeData, 'lane'>;
export type StepNodeType = Node<StepNodeData, 'step'>;
export type EvidenceNodeType = Node<EvidenceNodeData, 'evidence'>;
export type CanvasNode = LaneNodeType | StepNodeType | EvidenceNodeType;
export type FlowEdgeType = Edge<FlowEdgeData, 'flow'>;

/** Node ids: lanes and evidence items live beside steps, so they carry a prefix steps cannot have. */
export const laneNodeId = (lane: Lane) => `lane:${lane}`;
export const evidenceNodeId = (stepId: string, evidenceId: string) => `evidence:${stepId}:${evidenceId}`;
