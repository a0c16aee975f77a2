import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { LINES } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import type { LaneNodeType } from '../model/canvas-types';

/** A blueprint row: its name in the left column; the line above it (if any) drawn and labelled. */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<LaneNodeType>) {
  const { t } = useI18n();
  const line = LINES.find((l) => l.below === data.lane);
  return (
    <div
      className={`lane lane-${data.lane}`}
      style={{ width: data.width, height: data.height }}
      data-lane={data.lane}
    >
      {line && (
        <div className={`lane-line line-${line.id}`}>
          <span className="lane-line-label">{t(`line.${line.id}`)}</span>
        </div>
      )}
      <div className="lane-label">{t(`lane.${data.lane}`)}</div>
    </div>
  );
});
