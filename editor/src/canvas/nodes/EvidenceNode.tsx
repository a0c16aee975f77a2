import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useI18n } from '../../i18n/useI18n';
import type { EvidenceNodeType } from '../model/canvas-types';

/** An evidence item (what the customer sees or touches), drawn in the evidence row above its step. */
export const EvidenceNode = memo(function EvidenceNode({ data }: NodeProps<EvidenceNodeType>) {
  const { text } = useI18n();
  return (
    <div className="evidence" data-evidence-of={data.stepId} title={data.evidence.id}>
      <span className="evidence-icon">▣</span>
      {text(data.evidence.label)}
    </div>
  );
});
