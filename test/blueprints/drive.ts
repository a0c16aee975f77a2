// Drives tickets through the engine the way the API does: start, then one event at a time.
import { scenarioFor, start, step, TIMER_DUE, type BlueprintPath, type CompiledBlueprint, type StartOptions, type StepResult, type Ticket } from '@frontstage/engine';

const ORIGIN = Date.UTC(2026, 10, 23, 8, 0);
/** Minutes after 08:00 UTC on 2026-11-23, as an ISO instant. */
export const at = (minutes: number) => new Date(ORIGIN + minutes * 60_000).toISOString();
export const actor = (role: string) => ({ id: `${role}-1`, role });
export const scheduler = { id: 'scheduler', role: 'system' };

export function accepted(result: StepResult): Extract<StepResult, { ok: true }> {
  if (!result.ok) throw new Error(`${result.rejection.code}: ${result.rejection.message.en}`);
  return result;
}

export interface Drive {
  ticket: Ticket;
  /** The ticket after each accepted step, the opening one first. */
  history: Ticket[];
}

/**
 * Drives one verified path from start to its end. `stopAt` stops as soon as the ticket waits at
 * that step, which is how a breach is set up.
 */
export function drivePath(compiled: CompiledBlueprint, path: BlueprintPath, options: StartOptions = {}, stopAt?: string): Drive {
  const scenario = scenarioFor(compiled, path);
  if (!scenario.ok) throw new Error(`${compiled.key} ${path.steps.join('>')}: ${scenario.reason}`);
  let ticket = accepted(start(compiled, scenario.facts, actor('frontdesk'), at(0), options)).ticket;
  const history = [ticket];
  for (const [i, event] of scenario.events.entries()) {
    if (ticket.state === stopAt) break;
    const sent = { type: event.type, ...(event.data ? { data: event.data } : {}) };
    ticket = accepted(step(compiled, ticket, sent, actor(event.role), at(i + 1), options)).ticket;
    history.push(ticket);
  }
  return { ticket, history };
}

/** Fires the breach timer of the step the ticket waits at, exactly when it falls due. */
export function fireBreach(compiled: CompiledBlueprint, ticket: Ticket, options: StartOptions = {}) {
  const timer = ticket.timers.find((t) => t.stepId === ticket.state && t.kind === 'breach');
  if (!timer) throw new Error(`${compiled.key}: no breach timer at ${ticket.state}`);
  const result = accepted(step(compiled, ticket, { type: TIMER_DUE, data: { timerId: timer.id } }, scheduler, timer.due, options));
  return { timer, result };
}

/** Sends one event as `role`, `minutes` after the origin, and returns the accepted result. */
export function send(compiled: CompiledBlueprint, ticket: Ticket, type: string, role: string, data: Record<string, unknown> = {}, minutes = 1) {
  return accepted(step(compiled, ticket, { type, ...(Object.keys(data).length > 0 ? { data } : {}) }, actor(role), at(minutes)));
}
