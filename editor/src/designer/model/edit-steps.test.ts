import { describe, expect, it } from 'vitest';
import { validate, type Blueprint } from '@frontstage/engine';
import { normaliseLayout, placements } from '../../canvas/model/layout';
import { sampleBlueprint } from '../../shared/sample-blueprint';
import { addStep, laneRole, moveStep, removeElements } from './edit-steps';

const relY = (bp: Blueprint, id: string) => placements(bp).get(id)!.relY;

describe('moveStep', () => {
  it('changes the lane of a step dragged across a line', () => {
    const moved = moveStep(sampleBlueprint(), 'dispatch', 'support', { x: 700, relY: 40 });
    expect(moved.steps.find((s) => s.id === 'dispatch')?.lane).toBe('support');
    expect(moved.layout?.steps.dispatch).toEqual({ x: 700, y: 40 });
  });

  it('hands a task dragged into the customer row to the customer, and back to staff when dragged out', () => {
    const toCustomer = moveStep(sampleBlueprint(), 'record', 'customer', { x: 440, relY: 28 });
    expect(toCustomer.steps.find((s) => s.id === 'record')?.roles).toEqual(['customer']);
    const back = moveStep(toCustomer, 'record', 'backstage', { x: 440, relY: 28 });
    expect(back.steps.find((s) => s.id === 'record')?.roles).toEqual(['dispatcher']);
    expect(
      validate(back).diagnostics.filter((d) => d.stepId === 'record' && d.code.startsWith('lane.')),
    ).toEqual([]);
  });

  it('returns the same document for a move that ends where it began', () => {
    const bp = sampleBlueprint();
    const p = bp.layout!.steps.fix!;
    expect(moveStep(bp, 'fix', 'frontstage', { x: p.x, relY: p.y })).toBe(bp);
  });

  it('keeps the roles of a task moved between staff rows', () => {
    const moved = moveStep(sampleBlueprint(), 'fix', 'backstage', { x: 1160, relY: 28 });
    expect(moved.steps.find((s) => s.id === 'fix')?.roles).toEqual(['engineer']);
  });

  it('keeps a lone step where it was dragged, lower in its lane', () => {
    const bp = normaliseLayout(sampleBlueprint());
    const moved = moveStep(bp, 'dispatch', 'backstage', { x: 680, relY: 120 });
    expect(moved).not.toBe(bp);
    expect(relY(moved, 'dispatch')).toBe(120);
  });

  it('leaves the other steps of a lane in place when its topmost step is dragged down', () => {
    const bp = normaliseLayout(sampleBlueprint());
    const { blueprint, id } = addStep(bp, 'task', 'backstage', { x: 680, relY: 140 });
    const lower = relY(blueprint, id);
    const moved = moveStep(blueprint, 'dispatch', 'backstage', { x: 680, relY: 260 });
    expect(relY(moved, 'dispatch')).toBe(260);
    expect(relY(moved, id)).toBe(lower);
  });
});

describe('addStep and removeElements', () => {
  it('adds a task owned by the lane default role, with a fresh id', () => {
    const { blueprint, id } = addStep(sampleBlueprint(), 'task', 'backstage', { x: 600, relY: 100 });
    expect(blueprint.steps.find((s) => s.id === id)).toMatchObject({
      type: 'task',
      lane: 'backstage',
      roles: ['dispatcher'],
    });
    expect(addStep(blueprint, 'task', 'backstage', { x: 0, relY: 0 }).id).not.toBe(id);
  });

  it('gives a new task the role the lane already uses most', () => {
    const bp = sampleBlueprint();
    const { blueprint, id } = addStep(bp, 'task', 'frontstage', { x: 2200, relY: 28 });
    expect(blueprint.steps.find((s) => s.id === id)?.roles).toEqual(['frontdesk']);
    expect(laneRole(bp, 'support')).toBe('system');
  });

  it('never drops a new step on top of another: it moves down within the lane', () => {
    const bp = sampleBlueprint();
    const at = bp.layout!.steps.dispatch!;
    const { blueprint, id } = addStep(bp, 'task', 'backstage', { x: at.x, relY: 28 });
    expect(blueprint.layout?.steps[id]?.x).toBe(at.x);
    expect(blueprint.layout?.steps[id]?.y).toBeGreaterThan(28 + 64);
  });

  it('removes a step with the flows that touch it', () => {
    const next = removeElements(sampleBlueprint(), ['notify'], []);
    expect(next.steps.some((s) => s.id === 'notify')).toBe(false);
    expect(next.flows.some((f) => f.from === 'notify' || f.to === 'notify')).toBe(false);
  });
});
