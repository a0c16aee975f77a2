import { useMemo } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import type { Blueprint } from '@frontstage/engine';
import { Canvas } from '../canvas/Canvas';
import { NO_SELECTION } from '../canvas/model/selection';
import { toCanvas, type CanvasMarks } from '../canvas/model/to-canvas';

const ignore = () => {};

/**
 * A blueprint drawn read-only on the canvas the designer edits on, carrying marks: a ticket's
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
