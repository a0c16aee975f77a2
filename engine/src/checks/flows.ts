import type { Check } from './check.js';

/** Flows out of each kind of step follow that kind's rules. */
export const checkFlows: Check = ({ graph, stepIndex, flowIndex, report }) => {
  for (const step of graph.steps.values()) {
    const out = graph.outgoing.get(step.id) ?? [];
    const at = ['steps', stepIndex.get(step.id)!];
    const flowPath = (id: string) => ['flows', flowIndex.get(id)!];

    if (step.type === 'start' && (graph.incoming.get(step.id)?.length ?? 0) > 0)
      report({
        code: 'start.has_incoming',
        severity: 'warning',
        path: at,
        stepId: step.id,
        zh: '开始步骤不应有进入的连线',
        en: 'The start step should have no incoming flows',
      });

    if (step.type === 'end') {
      for (const f of out)
        report({
          code: 'end.has_outgoing',
          severity: 'error',
          path: flowPath(f.id),
          stepId: step.id,
          flowId: f.id,
          zh: `结束步骤“${step.id}”不能有出去的连线`,
          en: `End step "${step.id}" cannot have outgoing flows`,
        });
      continue;
    }

    if (step.type !== 'task')
      for (const f of out)
        if (f.event)
          report({
            code: 'flow.event_on_automatic',
            severity: 'error',
            path: [...flowPath(f.id), 'event'],
            stepId: step.id,
            flowId: f.id,
            zh: `“${step.id}”会立即继续，不等待事件；请去掉连线“${f.id}”的事件`,
            en: `"${step.id}" moves on at once and waits for no event; remove the event of flow "${f.id}"`,
          });

    if (step.type === 'start' || step.type === 'auto') {
      if (out.length !== 1 || out[0]!.condition)
        report({
          code: 'automatic.needs_one_flow',
          severity: 'error',
          path: at,
          stepId: step.id,
          zh: `“${step.id}”需要且只需要一条无条件的出去连线`,
          en: `"${step.id}" needs exactly one outgoing flow, without a condition`,
        });
    }

    if (step.type === 'decision') {
      const defaults = out.filter((f) => !f.condition);
      if (out.length === 0)
        report({
          code: 'decision.no_branch',
          severity: 'error',
          path: at,
          stepId: step.id,
          zh: `判断“${step.id}”没有分支`,
          en: `Decision "${step.id}" has no branches`,
        });
      else if (defaults.length === 0)
        report({
          code: 'decision.no_default',
          severity: 'error',
          path: at,
          stepId: step.id,
          zh: `判断“${step.id}”缺少默认分支（一条没有条件的连线）`,
          en: `Decision "${step.id}" has no default branch (a flow without a condition)`,
        });
      for (const f of defaults.slice(1))
        report({
          code: 'decision.multiple_defaults',
          severity: 'error',
          path: flowPath(f.id),
          stepId: step.id,
          flowId: f.id,
          zh: `判断“${step.id}”只能有一个默认分支`,
          en: `Decision "${step.id}" can have only one default branch`,
        });
    }

    if (step.type === 'task') {
      if (out.length === 0)
        report({
          code: 'task.no_flow',
          severity: 'error',
          path: at,
          stepId: step.id,
          zh: `任务“${step.id}”没有出去的连线，无法完成`,
          en: `Task "${step.id}" has no outgoing flow, so it can never be completed`,
        });
      const byEvent = new Map<string, typeof out>();
      for (const f of out) {
        if (!f.event) {
          report({
            code: 'flow.missing_event',
            severity: 'error',
            path: [...flowPath(f.id), 'event'],
            stepId: step.id,
            flowId: f.id,
            zh: `任务“${step.id}”的连线“${f.id}”需要一个事件名`,
            en: `Flow "${f.id}" out of task "${step.id}" needs an event`,
          });
          continue;
        }
        byEvent.set(f.event, [...(byEvent.get(f.event) ?? []), f]);
      }
      // Guarded alternatives may share an event; only a last, unguarded fallback is unambiguous.
      for (const [event, flows] of byEvent) {
        const ambiguous = flows.some((f, i) => !f.condition && i < flows.length - 1);
        if (ambiguous)
          report({
            code: 'step.duplicate_event',
            severity: 'error',
            path: flowPath(flows[1]!.id),
            stepId: step.id,
            flowId: flows[1]!.id,
            zh: `事件“${event}”从“${step.id}”出发多次，且无法区分`,
            en: `Event "${event}" leaves "${step.id}" more than once and the flows cannot be told apart`,
          });
      }
    }
  }
};
