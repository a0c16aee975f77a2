import type { Check } from './check.js';

const AUTOMATIC = new Set(['start', 'auto', 'decision']);

/**
 * No loop made only of automatic steps: such a loop never waits for anyone, so a ticket whose
 * facts never change would spin in it for ever. Every loop must pass through a task.
 */
export const checkAutomaticCycles: Check = ({ graph, stepIndex, report }) => {
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const flow of graph.outgoing.get(id) ?? []) {
      const next = graph.steps.get(flow.to);
      if (!next || !AUTOMATIC.has(next.type)) continue;
      const seen = state.get(flow.to);
      if (seen === 'open' && !reported.has(flow.to)) {
        reported.add(flow.to);
        report({
          code: 'automatic.cycle',
          severity: 'error',
          path: ['steps', stepIndex.get(flow.to)!],
          stepId: flow.to,
          zh: `“${flow.to}”处于一个没有任何任务的循环中，工单会无限循环`,
          en: `"${flow.to}" lies on a loop with no task in it, where a ticket would cycle for ever`,
        });
      } else if (!seen) visit(flow.to);
    }
    state.set(id, 'done');
  };
  for (const step of graph.steps.values())
    if (AUTOMATIC.has(step.type) && !state.has(step.id)) visit(step.id);
};
