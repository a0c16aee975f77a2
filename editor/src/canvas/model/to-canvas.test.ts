import { describe, expect, it } from 'vitest';
import { LANES } from '@frontstage/engine';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { laneNodeId } from './canvas-types';
import { toCanvas } from './to-canvas';

describe('toCanvas', () => {
  it('draws the five lanes first, in blueprint order, as group nodes', () => {
    const { nodes } = toCanvas(sampleBlueprint());
    expect(nodes.slice(0, 5).map((n) => n.id)).toEqual(LANES.map(laneNodeId));
    const tops = nodes.slice(0, 5).map((n) => n.position.y);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  });

  it('puts every step in its lane as a child node', () => {
    const bp = sampleBlueprint();
    const { nodes } = toCanvas(bp);
    for (const step of bp.steps)
      expect(nodes.find((n) => n.id === step.id)?.parentId).toBe(laneNodeId(step.lane));
  });

  it('draws evidence items in the evidence row at the x of their step', () => {
    const { nodes } = toCanvas(sampleBlueprint());
    const record = nodes.find((n) => n.id === 'record')!;
    const evidence = nodes.find((n) => n.id === 'evidence:record:work_order')!;
    expect(evidence.parentId).toBe(laneNodeId('evidence'));
    expect(evidence.position.x).toBeGreaterThanOrEqual(record.position.x);
  });

  it('turns each flow into an edge carrying the flow', () => {
    const bp = sampleBlueprint();
    const { edges } = toCanvas(bp);
    expect(edges.map((e) => e.id)).toEqual(bp.flows.map((f) => f.id));
    expect(edges[1]).toMatchObject({
      source: 'record',
      target: 'dispatch',
      data: { flow: { event: 'RECORDED' } },
    });
  });

  it('grows a lane to hold a step placed low in it', () => {
    const bp = sampleBlueprint();
    const short = toCanvas(bp).bands.find((b) => b.lane === 'support')!.height;
    const tall = toCanvas({
      ...bp,
      layout: { steps: { ...bp.layout!.steps, notify: { x: 900, y: 300 }, other: { x: 0, y: 0 } } },
    });
    expect(tall.bands.find((b) => b.lane === 'support')!.height).toBeGreaterThanOrEqual(short);
  });
});
