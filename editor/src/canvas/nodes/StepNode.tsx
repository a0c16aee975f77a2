import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useI18n } from '../../i18n/useI18n';
import type { StepNodeType } from '../model/canvas-types';
import { StepBadges } from './StepBadges';
import { useWords } from '../../shared/vocabulary';

const ICON: Record<string, string> = { start: '▶', task: '●', auto: '⚙', decision: '◆', end: '■' };

/** A step of the blueprint: type icon, label, owner roles, badges, and its marks as classes. */
export const StepNode = memo(function StepNode({ data, selected }: NodeProps<StepNodeType>) {
  const { t, text } = useI18n();
  const vocabulary = useWords();
  const { step } = data;
  const role = (code: string) => text(data.words?.roles?.[code]) || vocabulary.role(code);
  const classes = [
    'step',
    `step-${step.type}`,
    selected ? 'is-selected' : '',
    data.issue ? `has-${data.issue}` : '',
    data.sim ? `sim-${data.sim}` : '',
    data.diff ? `diff-${data.diff}` : '',
    data.heat !== undefined ? `heat-${data.heat}` : '',
    data.slowest ? 'is-slowest' : '',
  ].join(' ');
  return (
    <div className={classes} data-step={step.id} title={step.id}>
      {step.type !== 'start' && <Handle type="target" position={Position.Left} />}
      <div className="step-head">
        <span className="step-icon" aria-label={t(`type.${step.type}`)}>
          {ICON[step.type]}
        </span>
        <span className="step-label">{text(step.label)}</span>
      </div>
      <div className="step-foot">
        <span className="step-roles">{step.roles?.map(role).join('、') ?? t(`type.${step.type}`)}</span>
        <StepBadges step={step} />
      </div>
      {data.note && (
        <span className="step-note" data-step-note={step.id}>
          {data.note}
        </span>
      )}
      {data.issue && (
        <span className={`step-issue issue-${data.issue}`}>{data.issue === 'error' ? '!' : '?'}</span>
      )}
      {step.type !== 'end' && <Handle type="source" position={Position.Right} />}
    </div>
  );
});
