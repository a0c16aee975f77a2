import { CUSTOMER_ROLE, SYSTEM_ROLE } from '../schema/blueprint.js';
import { whereOf } from '../schema-words.js';
import type { Check } from './check.js';

/** Roles no account holds: the customer (every resident is one) and the system (timers, automatic work). */
const ALWAYS_HELD = new Set([CUSTOMER_ROLE, SYSTEM_ROLE]);

/**
 * A task, a flow or an escalation for a role no user holds waits for ever: nobody sees its tickets.
 * Run only when the caller knows who holds which role (`heldRoles`); the engine never asks.
 */
export function checkHeldRoles(held: ReadonlySet<string>): Check {
  return ({ blueprint, stepIndex, flowIndex, report }) => {
    const unheld = (roles: readonly (string | undefined)[] | undefined) =>
      (roles ?? []).flatMap((r, i) => (r && !ALWAYS_HELD.has(r) && !held.has(r) ? [{ role: r, i }] : []));
    for (const step of blueprint.steps) {
      const index = stepIndex.get(step.id)!;
      const where = whereOf(['steps', index], blueprint);
      const name = (role: string) => ({
        zh: `${where['zh-CN']}：没有用户担任角色 ${role}`,
        en: `${where.en}: no user holds the role ${role}`,
      });
      if (step.type === 'task')
        for (const { role, i } of unheld(step.roles))
          report({
            code: 'role.unheld',
            severity: 'warning',
            path: ['steps', index, 'roles', i],
            stepId: step.id,
            ...name(role),
          });
      for (const { role } of unheld([step.timeStandard?.onBreach?.escalateTo]))
        report({
          code: 'role.unheld',
          severity: 'warning',
          path: ['steps', index, 'timeStandard', 'onBreach', 'escalateTo'],
          stepId: step.id,
          zh: `${where['zh-CN']} · 超时上报：没有用户担任角色 ${role}`,
          en: `${where.en} · Escalation: no user holds the role ${role}`,
        });
    }
    for (const flow of blueprint.flows) {
      const index = flowIndex.get(flow.id)!;
      const where = whereOf(['flows', index], blueprint);
      for (const { role, i } of unheld(flow.roles))
        report({
          code: 'role.unheld',
          severity: 'warning',
          path: ['flows', index, 'roles', i],
          flowId: flow.id,
          zh: `${where['zh-CN']}：没有用户担任角色 ${role}`,
          en: `${where.en}: no user holds the role ${role}`,
        });
    }
  };
}
