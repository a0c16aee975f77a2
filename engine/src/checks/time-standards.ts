import { reachableFrom } from '../graph.js';
import type { Check } from './check.js';

/**
 * Every task waits under a time standard or says why not; time standards sit on tasks, their
 * breach events exist, and no emergency path runs without a clock.
 */
export const checkTimeStandards: Check = ({ blueprint, graph, stepIndex, report }) => {
  for (const step of blueprint.steps) {
    const ts = step.timeStandard;
    if (step.type === 'task' && !ts && !step.noDeadline)
      report({
        code: 'task.no_time_standard',
        severity: 'warning',
        path: ['steps', stepIndex.get(step.id)!],
        stepId: step.id,
        zh: `“${step.label['zh-CN']}”要等人处理，却没有时限：请设置时限，或注明“不设时限”及原因`,
        en: `"${step.label.en}" waits for someone with no time standard: set one, or say "no deadline" and why`,
      });
    if (!ts) continue;
    const at = ['steps', stepIndex.get(step.id)!, 'timeStandard'];
    if (step.type !== 'task')
      report({
        code: 'time_standard.not_on_task',
        severity: 'warning',
        path: at,
        stepId: step.id,
        zh: `“${step.id}”会立即完成，时间标准不起作用`,
        en: `"${step.id}" completes at once, so its time standard never applies`,
      });
    const event = ts.onBreach?.event;
    if (event && !(graph.outgoing.get(step.id) ?? []).some((f) => f.event === event))
      report({
        code: 'time_standard.unknown_breach_event',
        severity: 'error',
        path: [...at, 'onBreach', 'event'],
        stepId: step.id,
        zh: `超时事件“${event}”没有从“${step.id}”出去的连线`,
        en: `Breach event "${event}" has no flow out of "${step.id}"`,
      });
  }
  if (blueprint.class !== 'emergency' || !graph.start) return;
  // An end reachable through untimed steps alone is a path on which nobody's clock runs.
  const untimed = reachableFrom(graph, [graph.start.id], (s) => !(s.type === 'task' && s.timeStandard));
  for (const end of graph.ends)
    if (untimed.has(end.id))
      report({
        code: 'emergency.path_without_time_standard',
        severity: 'error',
        path: ['steps', stepIndex.get(end.id)!],
        stepId: end.id,
        zh: `紧急蓝图中有一条到达“${end.id}”的路径没有任何时间标准`,
        en: `In this emergency blueprint a path reaches "${end.id}" without any time standard`,
      });
};
