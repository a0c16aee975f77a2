import { addWorkingTime, type Calendar } from './calendar.js';
import { addMs, durationMs } from './duration.js';
import type { Runtime } from './runtime.js';
import type { Effect, Ticket, Timer } from './ticket.js';

/** Options that come from outside the blueprint: the site calendar, for working-hours time standards. */
export interface StepOptions {
  calendar?: Calendar;
}

/** What a transition did, read off the actions xstate returned. */
export interface Movement {
  entered: string[];
  flows: string[];
}

/** Reads entered steps and taken flows from the action objects of a pure xstate transition. */
export function movementOf(actions: readonly { type: string; params?: unknown }[]): Movement {
  const entered: string[] = [];
  const flows: string[] = [];
  for (const a of actions) {
    const params = a.params as { stepId?: string; flowId?: string } | undefined;
    if (a.type === 'enterStep' && params?.stepId) entered.push(params.stepId);
    else if (a.type === 'takeFlow' && params?.flowId) flows.push(params.flowId);
  }
  return { entered, flows };
}

/**
 * Applies a movement to a ticket: leaves the old step (cancelling its clocks), runs what each
 * entered step does, starts the clocks of the step the ticket now waits at, and closes it at an end.
 */
export function settle(
  runtime: Runtime,
  before: Ticket,
  after: Pick<Ticket, 'state' | 'context'>,
  movement: Movement,
  now: string,
  options: StepOptions,
): { ticket: Ticket; effects: Effect[] } {
  const effects: Effect[] = [];
  const seq = before.seq + 1;
  const moved = movement.flows.length > 0;
  let timers = before.timers;
  if (moved) {
    for (const t of timers) effects.push({ kind: 'cancelTimer', timerId: t.id });
    timers = [];
  }
  let assignment = moved ? null : before.assignment;
  let status: Ticket['status'] = before.status;
  for (const stepId of movement.entered) {
    const step = runtime.steps.get(stepId)!;
    for (const action of step.actions ?? []) {
      if (action.kind === 'notify')
        effects.push({ kind: 'notify', stepId, to: action.to, message: action.message, reason: 'action' });
      else if (action.kind === 'assign')
        effects.push({ kind: 'assign', stepId, roles: [action.role], ...team(before) });
      else
        effects.push({
          kind: 'callSupplier',
          stepId,
          supplier: action.supplier,
          ...(action.message ? { message: action.message } : {}),
        });
    }
    if (step.type === 'task') {
      assignment = { stepId, roles: step.roles ?? [], ...team(before) };
      effects.push({ kind: 'assign', stepId, roles: assignment.roles, ...team(before) });
      const started = clocksFor(runtime, before, stepId, seq, now, options);
      for (const timer of started) effects.push({ kind: 'startTimer', timer });
      timers = [...timers, ...started];
    }
    if (step.type === 'end') {
      status = 'closed';
      assignment = null;
      effects.push({ kind: 'close', stepId });
    }
  }
  const ticket: Ticket = {
    ...before,
    state: after.state,
    context: after.context,
    status,
    path: [...before.path, ...movement.entered],
    seq,
    timers,
    assignment,
    atRisk: moved ? false : before.atRisk,
    overdue: moved ? false : before.overdue,
    updatedAt: now,
  };
  return { ticket, effects };
}

function team(ticket: Ticket): { team?: string } {
  return ticket.team ? { team: ticket.team } : {};
}

/** The warning and breach clocks of a step's time standard (or the ticket's override of it). */
function clocksFor(
  runtime: Runtime,
  ticket: Ticket,
  stepId: string,
  seq: number,
  now: string,
  options: StepOptions,
): Timer[] {
  const standard = runtime.steps.get(stepId)!.timeStandard;
  const duration = ticket.timeStandards[stepId] ?? standard?.duration;
  if (!duration) return [];
  const total = durationMs(duration);
  const business = standard?.clock === 'business' && options.calendar;
  const at = (ms: number) => (business ? addWorkingTime(now, ms, options.calendar!) : addMs(now, ms));
  const escalateTo = standard?.onBreach?.escalateTo;
  const base = `${stepId}#${seq}`;
  const warnings: Timer[] = [...new Set(standard?.warnAt ?? [])]
    .sort((a, b) => a - b)
    .map((fraction) => ({
      id: `${base}:warn:${fraction}`,
      stepId,
      kind: 'warning',
      due: at(Math.round(total * fraction)),
      fraction,
    }));
  return [
    ...warnings,
    { id: `${base}:breach`, stepId, kind: 'breach', due: at(total), ...(escalateTo ? { escalateTo } : {}) },
  ];
}
