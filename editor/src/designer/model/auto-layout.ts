import { LANES, type Blueprint } from '@frontstage/engine';
import { GEOMETRY } from '../../canvas/model/geometry';
import { layoutOf, type Placement } from '../../canvas/model/layout';

/**
 * Lays the flow out left to right with elkjs (layered), then keeps every step in its own lane:
 * elk decides the columns, and steps of one lane that share a column are stacked in that lane.
 */
export async function autoLayout(blueprint: Blueprint): Promise<(b: Blueprint) => Blueprint> {
  // elkjs is large: load it on first use, not with the page.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const ids = new Set(blueprint.steps.map((s) => s.id));
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(GEOMETRY.gap),
      'elk.spacing.nodeNode': '30',
    },
    children: blueprint.steps.map((s) => ({
      id: s.id,
      width: GEOMETRY.stepWidth,
      height: GEOMETRY.stepHeight,
    })),
    edges: blueprint.flows
      .filter((f) => ids.has(f.from) && ids.has(f.to) && f.from !== f.to)
      .map((f) => ({ id: f.id, sources: [f.from], targets: [f.to] })),
  });
  const xs = new Map((graph.children ?? []).map((c) => [c.id, c.x ?? 0]));
  const placed = new Map<string, Placement>();
  for (const lane of LANES) {
    const columns = new Map<number, number>();
    for (const step of blueprint.steps.filter((s) => s.lane === lane)) {
      const x =
        GEOMETRY.labelWidth +
        GEOMETRY.gap +
        Math.round((xs.get(step.id) ?? 0) / GEOMETRY.gridX) * GEOMETRY.gridX;
      const n = columns.get(x) ?? 0;
      columns.set(x, n + 1);
      placed.set(step.id, {
        x,
        relY: GEOMETRY.lanePadding + n * (GEOMETRY.stepHeight + GEOMETRY.lanePadding),
      });
    }
  }
  const layout = layoutOf(placed);
  return (b) => ({ ...b, layout });
}
