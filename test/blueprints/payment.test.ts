import { describe, expect, it } from 'vitest';
import { verify } from '@frontstage/engine';
import { drivePath } from './drive.js';
import { compiledOf, shippedBlueprints } from './shipped.js';
import { reaches, walkVia } from './walks.js';

// A paid service charges once: rework before the payment or after an unsatisfied callback never
// sends the customer back through the cashier.
const paid = shippedBlueprints()
  .map((b) => compiledOf(b))
  .flatMap((compiled) => {
    const charging = compiled.blueprint.steps.filter((s) => s.requiredData?.some((f) => f.name === 'amountPaid')).map((s) => s.id);
    return charging.length > 0 ? [[compiled.key, compiled, charging] as const] : [];
  });

describe('the paid services', () => {
  it('are the two special blueprints', () => {
    expect(paid.map(([key]) => key).sort()).toEqual(['in-home-repair', 'special-service']);
  });
});

describe.each(paid)('payment in %s', (_key, compiled, charging) => {
  const { blueprint } = compiled;
  const walks = [...verify(compiled).paths, ...blueprint.flows.map((f) => walkVia(blueprint, [f.id]))];

  it('lies on no loop, so no walk whatever can reach it twice', () => {
    for (const stepId of charging) expect(reaches(blueprint, stepId, stepId), stepId).toBe(false);
  });

  it.each(walks.map((w) => [w.steps.join(' → '), w] as const))('charges at most once along %s', (_name, walk) => {
    const { ticket } = drivePath(compiled, walk);
    expect(ticket.status).toBe('closed');
    for (const stepId of charging) expect(ticket.path.filter((s) => s === stepId).length, stepId).toBeLessThanOrEqual(1);
  });

  it('reworks before payment and after an unsatisfied callback, and charges once', () => {
    const rework = blueprint.flows.filter((f) => f.event === 'REWORK_REQUESTED').map((f) => f.id);
    const unsatisfied = blueprint.flows.find((f) => f.from === 'satisfied' && f.condition)!;
    const walk = walkVia(blueprint, [rework[0]!, unsatisfied.id, ...rework.slice(1), unsatisfied.id]);
    const { ticket } = drivePath(compiled, walk);
    expect(ticket.status).toBe('closed');
    expect(ticket.path.filter((s) => s === 'callback').length).toBe(3);
    for (const stepId of charging) expect(ticket.path.filter((s) => s === stepId)).toHaveLength(1);
  });
});
