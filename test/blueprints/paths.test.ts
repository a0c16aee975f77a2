import { describe, expect, it } from 'vitest';
import { verify } from '@frontstage/engine';
import { step, TIMER_DUE } from '@frontstage/engine';
import { accepted, drivePath, fireBreach, scheduler } from './drive.js';
import { compiledOf, shippedBlueprints } from './shipped.js';
import { walkThrough } from './walks.js';

const library = shippedBlueprints().map((b) => compiledOf(b));

describe.each(library.map((c) => [c.key, c] as const))('driving %s', (_key, compiled) => {
  const { paths } = verify(compiled);

  it.each(paths.map((p) => [p.steps.join(' → '), p] as const))('closes along %s', (_name, path) => {
    const { ticket } = drivePath(compiled, path);
    expect(ticket.status).toBe('closed');
    expect(ticket.state).toBe(path.end);
    expect(ticket.path.filter((s) => path.steps.includes(s))).toEqual(ticket.path);
  });

  const timed = compiled.blueprint.steps.filter((s) => s.timeStandard);
  it.each(timed.map((s) => [s.id, s] as const))('escalates when %s breaches its time standard', (stepId, s) => {
    // A step only a loop reaches (rework, a follow-up) is on no simple path: walk to it instead.
    const path = paths.find((p) => p.steps.includes(stepId)) ?? walkThrough(compiled.blueprint, stepId);
    const { ticket } = drivePath(compiled, path, {}, stepId);
    expect(ticket.state).toBe(stepId);
    const { timer, result } = fireBreach(compiled, ticket);
    const onBreach = s.timeStandard!.onBreach;
    expect(timer.escalateTo ?? onBreach?.escalateTo).toBe(onBreach?.escalateTo);
    expect(result.ticket.escalations.at(-1)).toMatchObject({ stepId, kind: 'breach', to: onBreach?.escalateTo });
    expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'escalate', stepId, to: onBreach?.escalateTo }));
    const breachFlow = compiled.blueprint.flows.find((f) => f.from === stepId && f.event === onBreach?.event);
    expect(result.ticket.state).toBe(onBreach?.event ? breachFlow?.to : stepId);
    if (!onBreach?.event) expect(result.ticket.overdue).toBe(true);
  });

  const warned = timed.filter((s) => s.timeStandard?.warnAt?.length);
  it.each(warned.map((s) => [s.id, s] as const))('warns the owner of %s before the time runs out', (stepId, s) => {
    const path = paths.find((p) => p.steps.includes(stepId)) ?? walkThrough(compiled.blueprint, stepId);
    let { ticket } = drivePath(compiled, path, {}, stepId);
    const warnings = ticket.timers.filter((t) => t.stepId === stepId && t.kind === 'warning').sort((a, b) => a.due.localeCompare(b.due));
    expect(warnings).toHaveLength(s.timeStandard!.warnAt!.length);
    for (const timer of warnings) {
      ticket = accepted(step(compiled, ticket, { type: TIMER_DUE, data: { timerId: timer.id } }, scheduler, timer.due)).ticket;
      expect(ticket.state).toBe(stepId);
      expect(ticket.atRisk).toBe(true);
      expect(ticket.escalations.at(-1)).toMatchObject({ kind: 'warning', to: s.roles![0] });
    }
  });
});
