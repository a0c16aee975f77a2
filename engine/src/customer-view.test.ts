import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedEvents } from './allowed-events.js';
import { TICKET_COMMAND } from './commands.js';
import type { AuditEntry } from './contract/audit.js';
import { customerView, fieldText } from './customer-view.js';
import { Blueprint, seenByCustomer, type Field } from './schema/blueprint.js';
import type { JsonValue } from './schema/primitives.js';
import { start, step } from './step.js';
import { compiledOf } from './test-support/drive.js';
import type { Ticket } from './ticket.js';
import { validate } from './validate.js';

const SHIPPED = resolve(import.meta.dirname, '../../blueprints');
const shipped = readdirSync(SHIPPED)
  .filter((f) => f.endsWith('.json') && f !== 'ruleset.json')
  .map((f) => Blueprint.parse(JSON.parse(readFileSync(join(SHIPPED, f), 'utf8'))));

const entryOf = (seq: number, over: Partial<AuditEntry>): AuditEntry => ({
  seq,
  at: new Date(Date.UTC(2026, 10, 23, 8, seq)).toISOString(),
  ticketId: 't-1',
  actorId: `ACTOR-${seq}`,
  actorRole: 'frontdesk',
  command: TICKET_COMMAND.event,
  eventType: null,
  data: null,
  fromState: null,
  toState: null,
  outcome: 'accepted',
  code: null,
  trace: null,
  ...over,
});

/**
 * A value for a field that gives itself away: text the customer may see reads SHOWN-…, any other
 * text HIDDEN-…, so the story can be searched for what must (not) be in it.
 */
function valueFor(field: Field, shown: boolean, n: number, pick: number): JsonValue {
  switch (field.type) {
    case 'string':
    case 'text':
      return `${shown ? 'SHOWN' : 'HIDDEN'}-${n}`;
    case 'integer':
    case 'number':
      return Math.max(field.min ?? 1, Math.min(field.max ?? 5, 1 + (pick % 5)));
    case 'boolean':
      return pick % 2 === 0;
    case 'choice':
      return field.options![pick % field.options!.length]!.value;
    case 'date':
      return '2026-11-20';
    case 'phone':
      return '13800138000';
  }
}

/** A random walk through a compiled blueprint, recorded as its audit history, with noise the view must drop. */
function randomHistory(blueprint: Blueprint, picks: number[]) {
  const compiled = compiledOf(blueprint);
  const steps = new Map(blueprint.steps.map((s) => [s.id, s]));
  const entries: AuditEntry[] = [];
  let n = 0;
  const opened = start(
    compiled,
    { description: 'HIDDEN-intake' },
    { id: 'ACTOR-0', role: 'frontdesk' },
    '2026-11-23T08:00:00.000Z',
  );
  if (!opened.ok) throw new Error(opened.rejection.code);
  let ticket: Ticket = opened.ticket;
  entries.push(
    entryOf(++n, {
      command: TICKET_COMMAND.create,
      eventType: 'INTAKE',
      data: { description: 'HIDDEN-intake' },
      toState: ticket.state,
      trace: { classification: { class: 'emergency', decidedBy: { class: 'rule-HIDDEN' } } },
    }),
  );
  for (const pick of picks) {
    const from = ticket.state;
    const options = allowedEvents(compiled, ticket);
    if (options.length === 0) break;
    const event = options[pick % options.length]!;
    const role = event.roles[pick % event.roles.length]!;
    const shownHere = seenByCustomer(steps.get(from));
    const data = Object.fromEntries(
      event.fields.map((f) => [f.name, valueFor(f, shownHere && f.customerVisible === true, n, pick)]),
    );
    // Noise at the same step: a refusal with data and a staff note, neither ever the customer's.
    entries.push(
      entryOf(++n, {
        outcome: 'refused',
        code: 'data_invalid',
        data: { note: `HIDDEN-${n}` },
        fromState: from,
      }),
    );
    entries.push(
      entryOf(++n, {
        command: TICKET_COMMAND.comment,
        data: { text: `HIDDEN-${n}` },
        fromState: from,
        toState: from,
      }),
    );
    const actor = { id: `ACTOR-${n + 1}`, role };
    const moved = step(
      compiled,
      ticket,
      { type: event.type, data },
      actor,
      new Date(Date.UTC(2026, 10, 23, 9, n)).toISOString(),
    );
    if (!moved.ok) continue;
    ticket = moved.ticket;
    entries.push(
      entryOf(++n, {
        eventType: event.type,
        actorId: actor.id,
        actorRole: role,
        data,
        fromState: from,
        toState: ticket.state,
      }),
    );
  }
  return { entries, steps };
}

describe('customerView', () => {
  it('tells every shipped blueprint’s random histories with nothing from behind the line of visibility', () => {
    for (const blueprint of shipped)
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (picks) => {
          const { entries, steps } = randomHistory(blueprint, picks);
          const view = customerView(entries, blueprint);
          const said = JSON.stringify(view);
          // Nothing hidden: no HIDDEN data, no rule internals, no event or step id, no unnamed staff.
          expect(said).not.toMatch(/HIDDEN|INTAKE/);
          for (const type of new Set(entries.map((e) => e.eventType).filter(Boolean)))
            expect(said).not.toContain(`"${type}"`);
          const told = new Set(view.map((m) => m.seq));
          for (const e of entries) {
            const at = e.fromState ? steps.get(e.fromState) : undefined;
            const visibleEvent =
              e.outcome === 'accepted' && e.command === TICKET_COMMAND.event && seenByCustomer(at);
            // Everything done above the line is told, and only that (plus the intake).
            if (e.command !== TICKET_COMMAND.create)
              expect([e.seq, told.has(e.seq)]).toEqual([e.seq, visibleEvent]);
            if (!told.has(e.seq)) expect(said).not.toContain(`"${e.actorId}"`);
            else if (!at?.customerSeesActor) expect(said).not.toContain(`"${e.actorId}"`);
            // Every customer-visible text of a told event is there.
            if (visibleEvent)
              for (const value of Object.values(e.data ?? {}))
                if (typeof value === 'string' && value.startsWith('SHOWN-')) expect(said).toContain(value);
          }
        }),
        { numRuns: 60 },
      );
  });

  it('says what happened in words: the flow’s label, else the step done, and a choice by its option', () => {
    const blueprint = shipped.find((b) => b.key === 'in-home-repair')!;
    const entries = [
      entryOf(1, { command: TICKET_COMMAND.create, eventType: 'INTAKE', toState: 'record' }),
      entryOf(2, {
        eventType: 'RECORDED',
        fromState: 'record',
        toState: 'quote',
        data: { description: '厨房漏水', unit: '3-2-1101', phone: '13800138000' },
      }),
      entryOf(3, {
        eventType: 'REWORK_REQUESTED',
        actorRole: 'customer',
        fromState: 'accept',
        toState: 'work',
        data: { reworkReason: '还在滴水' },
      }),
    ];
    const view = customerView(entries, blueprint);
    expect(view.map((m) => m.happened['zh-CN'])).toEqual([
      '已受理您的请求',
      '已完成',
      '要求返修（尚未收费）',
    ]);
    expect(view[1]!.fields.map((f) => f.label['zh-CN'])).not.toContain('联系电话');
    expect(fieldText({ type: 'boolean' }, true)).toEqual({ 'zh-CN': '是', en: 'Yes' });
    expect(
      fieldText({ type: 'choice', options: [{ value: 'a', label: { 'zh-CN': '甲', en: 'A' } }] }, 'a'),
    ).toEqual({ 'zh-CN': '甲', en: 'A' });
  });

  it('names the person the customer met only at a step that says so', () => {
    const blueprint = shipped.find((b) => b.key === 'shared-repair')!;
    const onsite = blueprint.steps.find((s) => s.id === 'onsite')!;
    expect(onsite.customerSeesActor).toBe(true);
    const view = customerView(
      [
        entryOf(1, { eventType: 'RECORDED', fromState: 'record', toState: 'dispatch', actorId: '前台小李' }),
        entryOf(2, {
          eventType: 'FIXED',
          fromState: 'onsite',
          toState: 'confirm',
          actorId: '王师傅',
          actorRole: 'engineer',
        }),
      ],
      blueprint,
    );
    expect(view.map((m) => m.actor?.id ?? null)).toEqual([null, '王师傅']);
  });

  it('finds every shipped blueprint valid with no customer-visible field behind the line', () => {
    for (const blueprint of shipped)
      expect([
        blueprint.key,
        validate(blueprint).diagnostics.filter((d) => d.code === 'field.customer_visible_behind_line'),
      ]).toEqual([blueprint.key, []]);
  });
});
