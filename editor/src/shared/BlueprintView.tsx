import { useMemo } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import type { Blueprint } from '@frontstage/engine';
import { Canvas } from '../designer/Canvas';
import { toCanvas, type CanvasMarks } from '../designer/model/to-canvas';
import { NO_SELECTION } from '../designer/useDesigner';

const ignore = () => {};

/**
 * A blueprint drawn read-only with the designer's own canvas mapping, carrying marks: a ticket's
 * path and current step, a replayed moment, or the heatmap's colours.
 */
export function BlueprintView({
  blueprint,
  marks,
  testId = 'blueprint-view',
}: {
  blueprint: Blueprint;
  marks?: CanvasMarks;
  testId?: string;
}) {
  const canvas = useMemo(() => toCanvas(blueprint, marks), [blueprint, marks]);
  return (
    <div className="bp-view" data-testid={testId}>
      <ReactFlowProvider>
        <Canvas
          canvas={canvas}
          selection={NO_SELECTION}
          onSelect={ignore}
          onMove={ignore}
          onConnect={ignore}
          onAdd={ignore}
          readOnly
          overview
        />
      </ReactFlowProvider>
    </div>
  );
}
