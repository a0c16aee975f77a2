import { missingLabels } from '../vocabulary.js';
import type { Check } from './check.js';
import { reachableFrom, reachingTo } from '../graph.js';

/** Ids are unique, flows join known steps, one start, at least one end. */
export const checkStructure: Check = ({ blueprint, graph, report }) => {
  const seenSteps = new Set<string>();
  blueprint.steps.forEach((step, i) => {
    if (seenSteps.has(step.id))
      report({
        code: 'step.duplicate_id',
        severity: 'error',
        path: ['steps', i, 'id'],
        stepId: step.id,
        zh: `步骤编号“${step.id}”重复`,
        en: `Step id "${step.id}" is used twice`,
      });
    seenSteps.add(step.id);
    if (step.lane === 'evidence')
      report({
        code: 'step.in_evidence_lane',
        severity: 'error',
        path: ['steps', i, 'lane'],
        stepId: step.id,
        zh: `步骤“${step.id}”不能放在有形展示行：有形展示挂在步骤上`,
        en: `Step "${step.id}" cannot sit in the physical-evidence row: evidence items attach to steps`,
      });
  });
  const seenFlows = new Set<string>();
  blueprint.flows.forEach((flow, i) => {
    if (seenFlows.has(flow.id))
      report({
        code: 'flow.duplicate_id',
        severity: 'error',
        path: ['flows', i, 'id'],
        flowId: flow.id,
        zh: `连线编号“${flow.id}”重复`,
        en: `Flow id "${flow.id}" is used twice`,
      });
    seenFlows.add(flow.id);
    for (const end of ['from', 'to'] as const)
      if (!graph.steps.has(flow[end]))
        report({
          code: 'flow.unknown_step',
          severity: 'error',
          path: ['flows', i, end],
          flowId: flow.id,
          zh: `连线“${flow.id}”指向不存在的步骤“${flow[end]}”`,
          en: `Flow "${flow.id}" points at unknown step "${flow[end]}"`,
        });
  });
  const starts = blueprint.steps.filter((s) => s.type === 'start');
  if (starts.length === 0)
    report({
      code: 'blueprint.no_start',
      severity: 'error',
      path: ['steps'],
      zh: '蓝图没有开始步骤',
      en: 'The blueprint has no start step',
    });
  starts.slice(1).forEach((s) =>
    report({
      code: 'blueprint.multiple_starts',
      severity: 'error',
      path: ['steps', blueprint.steps.indexOf(s)],
      stepId: s.id,
      zh: `蓝图只能有一个开始步骤，“${s.id}”是多余的`,
      en: `A blueprint has one start step; "${s.id}" is one too many`,
    }),
  );
  if (graph.ends.length === 0)
    report({
      code: 'blueprint.no_end',
      severity: 'error',
      path: ['steps'],
      zh: '蓝图没有结束步骤',
      en: 'The blueprint has no end step',
    });
};

/** Every step can be reached from the start, and from every step an end can be reached. */
export const checkReachability: Check = ({ blueprint, graph, stepIndex, report }) => {
  if (!graph.start) return;
  const reachable = reachableFrom(graph, [graph.start.id], (s) => s.type !== 'end');
  const canFinish = reachingTo(
    graph,
    graph.ends.map((e) => e.id),
  );
  for (const step of graph.steps.values()) {
    const path = ['steps', stepIndex.get(step.id)!];
    if (!reachable.has(step.id))
      report({
        code: 'step.unreachable',
        severity: 'error',
        path,
        stepId: step.id,
        zh: `从开始无法到达步骤“${step.id}”`,
        en: `Step "${step.id}" cannot be reached from the start`,
      });
    else if (graph.ends.length > 0 && !canFinish.has(step.id))
      report({
        code: 'step.dead_end',
        severity: 'error',
        path,
        stepId: step.id,
        zh: `从步骤“${step.id}”无法到达任何结束步骤`,
        en: `No end can be reached from step "${step.id}"`,
      });
  }
  void blueprint;
};

/** Declared roles and layout entries match the steps. */
export const checkDeclarations: Check = ({ blueprint, graph, stepIndex, report }) => {
  // A role without a declared name reaches screens as a code (supplier_coordinator); every role a
  // step, flow, action or escalation names is declared, with words in both languages.
  const undeclared = missingLabels([blueprint]).filter((m) => m.kind === 'role');
  for (const { code: role } of undeclared) {
    const step = blueprint.steps.find((s) => s.roles?.includes(role));
    report({
      code: 'role.undeclared',
      severity: 'warning',
      path: step ? ['steps', stepIndex.get(step.id)!, 'roles'] : ['roles'],
      ...(step ? { stepId: step.id } : {}),
      zh: `角色“${role}”未在蓝图角色表中声明，界面上会显示代码；请填写它的中文和英文名称`,
      en: `Role "${role}" is not declared in the blueprint's roles, so screens would show its code; give it a name in both languages`,
    });
  }
  for (const id of Object.keys(blueprint.layout?.steps ?? {}))
    if (!graph.steps.has(id))
      report({
        code: 'layout.unknown_step',
        severity: 'warning',
        path: ['layout', 'steps', id],
        zh: `布局中有不存在的步骤“${id}”`,
        en: `The layout places unknown step "${id}"`,
      });
};
