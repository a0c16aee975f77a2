import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { useI18n } from '../../i18n/useI18n';
import type { FlowEdgeType } from '../model/canvas-types';
import { useWords } from '../../shared/vocabulary';

/** A flow: a stepped arrow labelled with its event (or "if …" for a decision branch). */
export const FlowEdge = memo(function FlowEdge(props: EdgeProps<FlowEdgeType>) {
  const { t, text } = useI18n();
  const vocabulary = useWords();
  const [path, labelX, labelY] = getSmoothStepPath({ ...props, borderRadius: 10 });
  const flow = props.data?.flow;
  const event =
    flow?.event && (text(props.data?.words?.events?.[flow.event]) || vocabulary.event(flow.event));
  const label = flow?.label ? text(flow.label) : event || (flow?.condition ? t('flow.if') : '');
  const classes = [
    'flow',
    props.selected ? 'is-selected' : '',
    props.data?.issue ? `has-${props.data.issue}` : '',
    props.data?.sim ? 'sim-visited' : '',
    props.data?.diff ? `diff-${props.data.diff}` : '',
  ].join(' ');
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} className={classes} />
      {label && (
        <EdgeLabelRenderer>
          <div
            className={`flow-label ${classes}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-flow={props.id}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
