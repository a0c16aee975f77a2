import { describe, expect, it } from 'vitest';
import { verify } from '@frontstage/engine';
import { drivePath, send } from './drive.js';
import { compiledOf, shippedBlueprints } from './shipped.js';
import { reaches } from './walks.js';

// domain.md, Callbacks: ask whether the customer is satisfied and what to improve, record it
// completely, call back within three days or at a time the customer books, and reopen or escalate
// the matter when the answer is unsatisfied.
const library = shippedBlueprints().map((b) => compiledOf(b));
const answer = (satisfaction: number) => ({ satisfaction, comments: satisfaction < 3 ? '师傅没有清理现场' : '很好' });

describe.each(library.map((c) => [c.key, c] as const))('the callback of %s', (_key, compiled) => {
  const { blueprint } = compiled;
  const path = verify(compiled).paths.find((p) => p.steps.includes('callback'))!;
  const atCallback = () => drivePath(compiled, path, {}, 'callback').ticket;

  it('records a satisfaction score of 1 to 5 and the comments whenever it is done', () => {
    const done = blueprint.flows.filter((f) => f.event === 'CALLBACK_DONE');
    expect(done.map((f) => f.from).sort()).toEqual(['callback', 'callback_booked']);
    for (const f of done) {
      expect(f.requiredData?.find((d) => d.name === 'satisfaction')).toMatchObject({ type: 'integer', min: 1, max: 5 });
      expect(f.requiredData?.find((d) => d.name === 'comments')).toMatchObject({ type: 'text' });
      expect(f.requiredData?.find((d) => d.name === 'comments')?.required).not.toBe(false);
    }
    const ticket = atCallback();
    const missing = send.bind(null, compiled, ticket, 'CALLBACK_DONE', 'frontdesk', { satisfaction: 5 });
    expect(missing).toThrow(/data_invalid/);
  });

  it('has an unsatisfied branch that does not go straight to an end', () => {
    const unsatisfied = blueprint.flows.filter((f) => f.from === 'satisfied' && JSON.stringify(f.condition ?? {}).includes('"satisfaction"'));
    expect(unsatisfied).toHaveLength(1);
    expect(blueprint.steps.find((s) => s.id === unsatisfied[0]!.to)?.type).toBe('task');
    expect(reaches(blueprint, unsatisfied[0]!.to, 'callback')).toBe(true);
  });

  it('reopens or escalates the matter when the customer is unsatisfied, and calls back again', () => {
    const { ticket } = send(compiled, atCallback(), 'CALLBACK_DONE', 'frontdesk', answer(1), 60);
    expect(ticket.status).toBe('open');
    expect(ticket.state).not.toMatch(/^callback/);
    expect(ticket.assignment?.roles.length).toBeGreaterThan(0);
    expect(reaches(blueprint, ticket.state, 'callback')).toBe(true);
  });

  it('moves on towards closing when the customer is satisfied', () => {
    const { ticket } = send(compiled, atCallback(), 'CALLBACK_DONE', 'frontdesk', answer(5), 60);
    expect(ticket.status === 'closed' || !reaches(blueprint, ticket.state, 'callback')).toBe(true);
  });

  it('books another time that suits the customer, with a clock of its own', () => {
    const booked = send(compiled, atCallback(), 'RESCHEDULED', 'frontdesk', { callbackAt: '2026-11-26T19:30:00+08:00' }, 60).ticket;
    expect(booked.state).toBe('callback_booked');
    expect(booked.timers.some((t) => t.stepId === 'callback_booked' && t.kind === 'breach')).toBe(true);
    const { ticket } = send(compiled, booked, 'CALLBACK_DONE', 'frontdesk', answer(1), 120);
    expect(ticket.status).toBe('open');
    expect(reaches(blueprint, ticket.state, 'callback')).toBe(true);
  });
});
