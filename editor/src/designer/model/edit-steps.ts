import { CUSTOMER_ROLE, type Blueprint, type Lane, type Step, type StepType } from '@frontstage/engine';
import { GEOMETRY } from '../../canvas/model/geometry';
import { placements, layoutOf, type Placement } from '../../canvas/model/layout';
import { DEFAULT_ROLE } from '../../shared/default-role';
import { freshId } from '../../shared/fresh-id';

const DEFAULT_LABEL: Record<StepType, { 'zh-CN': string; en: string }> = {
  start: { 'zh-CN': '开始', en: 'Start' },
  task: { 'zh-CN': '新任务', en: 'New task' },
  auto: { 'zh-CN': '自动处理', en: 'Automatic step' },
  decision: { 'zh-CN': '判断', en: 'Decision' },
  end: { 'zh-CN': '结束', en: 'End' },
};

/** The owner a new task in a lane gets: the role most used by the lane's tasks, else the lane default. */
export function laneRole(blueprint: Blueprint, lane: Lane): string {
  if (lane === 'customer') return CUSTOMER_ROLE;
  const counts = new Map<string, number>();
  for (const s of blueprint.steps)
    if (s.lane === lane && s.type === 'task')
      for (const r of s.roles ?? []) counts.set(r, (counts.get(r) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best?.[0] ?? DEFAULT_ROLE[lane];
}

/** Steps never sit in the evidence row: a drop there lands in the customer row below it. */
export function stepLane(lane: Lane): Lane {
  return lane === 'evidence' ? 'customer' : lane;
}

function withPlacement(blueprint: Blueprint, id: string, placement: Placement): Blueprint['layout'] {
  const placed = placements(blueprint);
  placed.set(id, placement);
  return layoutOf(placed);
}

/**
 * The nearest free place at or below a wanted one in a lane, so a new step never hides another:
 * it moves down a row at a time (the lane grows to hold it).
 */
export function freePlace(blueprint: Blueprint, lane: Lane, wanted: Placement): Placement {
  const placed = placements(blueprint);
  const others = blueprint.steps.filter((s) => s.lane === lane).map((s) => placed.get(s.id)!);
  const clash = (p: Placement) =>
    others.some(
      (o) =>
        Math.abs(o.x - p.x) < GEOMETRY.stepWidth + 10 && Math.abs(o.relY - p.relY) < GEOMETRY.stepHeight + 10,
    );
  let place = wanted;
  while (clash(place)) place = { ...place, relY: place.relY + GEOMETRY.stepHeight + GEOMETRY.lanePadding };
  return place;
}

/** Adds a step of a type in a lane at (or below, if taken) a place; returns the blueprint and the step id. */
export function addStep(
  blueprint: Blueprint,
  type: StepType,
  lane: Lane,
  wanted: Placement,
): { blueprint: Blueprint; id: string } {
  const id = freshId(type, new Set(blueprint.steps.map((s) => s.id)));
  const target = stepLane(lane);
  const placement = freePlace(blueprint, target, wanted);
  const step: Step = { id, type, lane: target, label: DEFAULT_LABEL[type] };
  if (type === 'task') step.roles = [laneRole(blueprint, target)];
  const next = { ...blueprint, steps: [...blueprint.steps, step] };
  return { blueprint: { ...next, layout: withPlacement(next, id, placement) }, id };
}

/**
 * Moves a step to a place, in a lane. Crossing the line of interaction changes its owner: a task
 * dragged into the customer row becomes the customer's, one dragged out of it goes to the new
 * lane's default staff role; other roles stay.
 */
export function moveStep(blueprint: Blueprint, id: string, lane: Lane, placement: Placement): Blueprint {
  const target = stepLane(lane);
  const before = placements(blueprint).get(id);
  const step = blueprint.steps.find((s) => s.id === id);
  // A drag that ends where it began changes nothing, so it leaves no undo step behind.
  if (step?.lane === target && before?.x === placement.x && before.relY === placement.relY) return blueprint;
  const role = laneRole(blueprint, target);
  const steps = blueprint.steps.map((s) => (s.id === id ? relane(s, target, role) : s));
  const next = { ...blueprint, steps };
  return { ...next, layout: withPlacement(next, id, placement) };
}

function relane(step: Step, lane: Lane, role: string): Step {
  if (step.lane === lane) return step;
  const moved: Step = { ...step, lane };
  if (step.type !== 'task') return moved;
  const roles = step.roles ?? [];
  if (lane === 'customer') moved.roles = [CUSTOMER_ROLE];
  else if (roles.length === 0 || roles.includes(CUSTOMER_ROLE)) {
    const staff = roles.filter((r) => r !== CUSTOMER_ROLE);
    moved.roles = staff.length ? staff : [role];
  }
  return moved;
}

/** Replaces one step (same id) with an edited copy. */
export function updateStep(blueprint: Blueprint, id: string, patch: (step: Step) => Step): Blueprint {
  return { ...blueprint, steps: blueprint.steps.map((s) => (s.id === id ? patch(s) : s)) };
}

/** Removes steps and flows, and every flow that touched a removed step. */
export function removeElements(
  blueprint: Blueprint,
  stepIds: readonly string[],
  flowIds: readonly string[],
): Blueprint {
  const steps = new Set(stepIds);
  const flows = new Set(flowIds);
  const layout = Object.fromEntries(
    Object.entries(blueprint.layout?.steps ?? {}).filter(([id]) => !steps.has(id)),
  );
  return {
    ...blueprint,
    steps: blueprint.steps.filter((s) => !steps.has(s.id)),
    flows: blueprint.flows.filter((f) => !flows.has(f.id) && !steps.has(f.from) && !steps.has(f.to)),
    layout: { steps: layout },
  };
}
