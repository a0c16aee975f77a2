import { CUSTOMER_ROLE } from '../schema/blueprint.js';
import type { Check } from './check.js';

const STAFF_LANES = new Set(['frontstage', 'backstage', 'support']);
const HIDDEN_LANES = new Set(['backstage', 'support']);

/** Tasks have owners, and owners fit their lane: customers act above the line of interaction, staff below. */
export const checkRoles: Check = ({ blueprint, graph, stepIndex, flowIndex, report }) => {
  for (const step of blueprint.steps) {
    if (step.type !== 'task') continue;
    const at = ['steps', stepIndex.get(step.id)!];
    const roles = new Set([
      ...(step.roles ?? []),
      ...(graph.outgoing.get(step.id) ?? []).flatMap((f) => f.roles ?? []),
    ]);
    if (!step.roles || step.roles.length === 0)
      report({
        code: 'task.no_role',
        severity: 'error',
        path: [...at, 'roles'],
        stepId: step.id,
        zh: `任务“${step.id}”没有指定负责角色`,
        en: `Task "${step.id}" names no role to do it`,
      });
    if (step.lane === 'customer' && [...roles].some((r) => r !== CUSTOMER_ROLE))
      report({
        code: 'lane.customer_step_staff_role',
        severity: 'error',
        path: [...at, 'roles'],
        stepId: step.id,
        zh: `客户行为“${step.id}”只能由客户完成`,
        en: `Customer action "${step.id}" can be completed only by the customer`,
      });
    if (STAFF_LANES.has(step.lane) && roles.has(CUSTOMER_ROLE))
      report({
        code: 'lane.staff_step_customer_role',
        severity: 'error',
        path: [...at, 'roles'],
        stepId: step.id,
        zh: `员工步骤“${step.id}”不能由客户完成；请把它移到客户行为行`,
        en: `Staff step "${step.id}" cannot be completed by the customer; move it to the customer row`,
      });
  }
  for (const flow of blueprint.flows) {
    const from = graph.steps.get(flow.from);
    const to = graph.steps.get(flow.to);
    if (from?.lane === 'customer' && to && HIDDEN_LANES.has(to.lane))
      report({
        code: 'lane.crosses_visibility',
        severity: 'warning',
        path: ['flows', flowIndex.get(flow.id)!],
        flowId: flow.id,
        zh: `连线“${flow.id}”从客户行为直接跨过可视分界线进入后台，中间没有前台接触`,
        en: `Flow "${flow.id}" goes from a customer action straight across the line of visibility, with no front-stage contact`,
      });
  }
};
