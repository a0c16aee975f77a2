import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Calendar } from './calendar.js';
import { compile, type CompiledBlueprint } from './compile.js';
import { scenarioFor, type ScenarioEvent } from './scenario.js';
import { start, step } from './step.js';
import { validBlueprint } from './test-support/arbitraries.js';
import type { StepResult, Ticket } from './ticket.js';
import { validate } from './validate.js';
import { verify } from './verify.js';

const calendar: Calendar = {
  utcOffsetMinutes: 480,
  workdays: [1, 2, 3, 4, 5],
  opens: '09:00',
  closes: '18:00',
};
const at = (i: number) => new Date(Date.UTC(2026, 10, 23, 8, i)).toISOString();
const options = { calendar };

function compiledOf(blueprint: unknown): CompiledBlueprint {
  const result = compile(blueprint);
  if (!result.ok)
    throw new Error(
      JSON.stringify(result.report.diagnostics.map((d) => `${d.code} ${d.stepId ?? d.flowId ?? ''}`)),
    );
  return result;
}

const send = (c: CompiledBlueprint, ticket: Ticket, e: ScenarioEvent, i: number): StepResult =>
  step(
    c,
    ticket,
    { type: e.type, ...(e.data ? { data: e.data } : {}) },
    { id: `actor-${i}`, role: e.role },
    at(i + 1),
    options,
  );

describe('generated blueprints', () => {
  it('are schema-valid and validation-clean by construction', () => {
    fc.assert(
      fc.property(validBlueprint, (b) => {
        const result = validate(b);
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('compile without throwing, to the same bytes every time', () => {
    fc.assert(
      fc.property(validBlueprint, (b) => {
        const first = compile(b);
        expect(first.ok).toBe(true);
        expect(JSON.stringify(compile(structuredClone(b)))).toBe(JSON.stringify(first));
      }),
      { numRuns: 300 },
    );
  });

  it('end closed along every verified path, driven by its scenario', () => {
    fc.assert(
      fc.property(validBlueprint, (b) => {
        const c = compiledOf(b);
        const { paths, truncated } = verify(c);
        expect(truncated).toBe(false);
        expect(paths.length).toBeGreaterThan(0);
        for (const path of paths) {
          const scenario = scenarioFor(c, path);
          if (!scenario.ok) throw new Error(`${path.steps.join(' → ')}: ${scenario.reason}`);
          const opened = start(c, scenario.facts, { id: 'intake', role: 'frontdesk' }, at(0), options);
          if (!opened.ok) throw new Error(opened.rejection.code);
          let ticket = opened.ticket;
          scenario.events.forEach((e, i) => {
            const next = send(c, ticket, e, i);
            if (!next.ok)
              throw new Error(`${path.steps.join(' → ')} at ${e.type}: ${next.rejection.message.en}`);
            ticket = next.ticket;
          });
          expect(ticket.path).toEqual(path.steps);
          expect(ticket.state).toBe(path.end);
          expect(ticket.status).toBe('closed');
          expect(ticket.timers).toEqual([]);
          expect(ticket.assignment).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('continue identically after a ticket is round-tripped through JSON', () => {
    fc.assert(
      fc.property(validBlueprint, fc.nat(), fc.nat(), (b, pathChoice, cut) => {
        const c = compiledOf(b);
        const { paths } = verify(c);
        const scenario = scenarioFor(c, paths[pathChoice % paths.length]!);
        if (!scenario.ok) throw new Error(scenario.reason);
        const opened = start(c, scenario.facts, { id: 'intake', role: 'frontdesk' }, at(0), options);
        if (!opened.ok) throw new Error(opened.rejection.code);
        let live = opened.ticket;
        const k = cut % (scenario.events.length + 1);
        scenario.events.slice(0, k).forEach((e, i) => {
          const next = send(c, live, e, i);
          if (next.ok) live = next.ticket;
        });
        let revived = JSON.parse(JSON.stringify(live)) as Ticket;
        const compiledCopy = JSON.parse(JSON.stringify(c)) as CompiledBlueprint;
        // The rest of the path, then a due timer and an event the step may not accept.
        const rest: (ScenarioEvent | 'timer')[] = [
          'timer',
          ...scenario.events.slice(k),
          { type: 'NOT_AN_EVENT', role: 'frontdesk' },
        ];
        rest.forEach((e, j) => {
          const i = k + j;
          const late = at(i + 100_000);
          const a =
            e === 'timer'
              ? step(
                  c,
                  live,
                  { type: 'TIMER_DUE', data: { timerId: live.timers[0]?.id ?? 'none' } },
                  { id: 's', role: 'system' },
                  late,
                  options,
                )
              : send(c, live, e, i);
          const b2 =
            e === 'timer'
              ? step(
                  compiledCopy,
                  revived,
                  { type: 'TIMER_DUE', data: { timerId: revived.timers[0]?.id ?? 'none' } },
                  { id: 's', role: 'system' },
                  late,
                  options,
                )
              : send(compiledCopy, revived, e, i);
          expect(b2).toEqual(a);
          if (a.ok && b2.ok) {
            live = a.ticket;
            revived = JSON.parse(JSON.stringify(b2.ticket)) as Ticket;
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
