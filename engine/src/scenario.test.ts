import { describe, expect, it } from 'vitest';
import { compile, type CompiledBlueprint } from './compile.js';
import { sampleValue, scenarioFor, type Scenario } from './scenario.js';
import type { Blueprint, Field } from './schema/blueprint.js';
import { start, step } from './step.js';
import { endStep, flow, repairBlueprint, startStep, t, task } from './test-support/builders.js';
import type { Ticket } from './ticket.js';
import { verify } from './verify.js';

const now = '2026-11-23T08:00:00.000Z';

function compiled(blueprint: Blueprint): CompiledBlueprint {
  const result = compile(blueprint);
  if (!result.ok) throw new Error(JSON.stringify(result.report.diagnostics));
  return result;
}

/** Drives a scenario through start and step and returns the final ticket. */
function drive(c: CompiledBlueprint, scenario: Scenario): Ticket {
  const opened = start(c, scenario.facts, { id: 'intake', role: 'frontdesk' }, now);
  if (!opened.ok) throw new Error(opened.rejection.code);
  let ticket = opened.ticket;
  for (const event of scenario.events) {
    const next = step(
      c,
      ticket,
      { type: event.type, ...(event.data ? { data: event.data } : {}) },
      { id: 'x', role: event.role },
      now,
    );
    if (!next.ok) throw new Error(`${event.type}: ${next.rejection.code} ${next.rejection.message.en}`);
    ticket = next.ticket;
  }
  return ticket;
}

/** Routes by facts and by data: a guarded task event, then a decision on facts with a default. */
function routing(): Blueprint {
  return {
    key: 'routing',
    name: t('Routing'),
    class: 'general',
    steps: [
      startStep(),
      task('assess', 'backstage', ['dispatcher'], {
        requiredData: [{ name: 'cost', label: t('Cost'), type: 'integer', min: 0, max: 1000 }],
      }),
      { id: 'route', type: 'decision', lane: 'support', label: t('Route') },
      task('approve', 'backstage', ['supervisor']),
      task('urgent', 'backstage', ['engineer']),
      endStep('done'),
    ],
    flows: [
      flow('start', 'assess'),
      flow('assess', 'approve', 'ASSESSED', {
        condition: { all: [{ fact: 'cost', operator: 'greaterThan', value: 500 }] },
      }),
      flow('assess', 'route', 'ASSESSED'),
      flow('route', 'urgent', undefined, {
        condition: {
          any: [
            { fact: 'floor', operator: 'greaterThanInclusive', value: 20 },
            { fact: 'tags', operator: 'contains', value: 'vip' },
          ],
        },
      }),
      flow('route', 'done', undefined, {
        condition: { not: { fact: 'kind', operator: 'in', value: ['leak', 'fire'] } },
      }),
      flow('route', 'approve'),
      flow('approve', 'done', 'APPROVED'),
      flow('urgent', 'done', 'FIXED'),
    ],
  };
}

describe('scenarioFor', () => {
  it('drives every path of the repair blueprint to its end', () => {
    const c = compiled(repairBlueprint());
    const { paths } = verify(c);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const scenario = scenarioFor(c, path);
      if (!scenario.ok) throw new Error(scenario.reason);
      const ticket = drive(c, scenario);
      expect(ticket.status).toBe('closed');
      expect(ticket.path).toEqual(path.steps);
    }
  });

  it('finds data and facts that choose each branch, failing the branches tried before it', () => {
    const c = compiled(routing());
    const { paths } = verify(c);
    expect(paths.map((p) => p.steps.join(' ')).sort()).toEqual([
      'start assess approve done',
      'start assess route approve done',
      'start assess route done',
      'start assess route urgent done',
    ]);
    for (const path of paths) {
      const scenario = scenarioFor(c, path);
      if (!scenario.ok) throw new Error(scenario.reason);
      expect(drive(c, scenario).path).toEqual(path.steps);
    }
  });

  it('reaches a default branch through a choice option no condition names', () => {
    const options = ['engineering', 'security', 'greening'].map((value) => ({ value, label: t(value) }));
    const c = compiled({
      key: 'by-department',
      name: t('By department'),
      class: 'general',
      steps: [
        startStep(),
        task('assign', 'frontstage', ['supervisor'], {
          requiredData: [{ name: 'department', label: t('Department'), type: 'choice', options }],
        }),
        { id: 'route', type: 'decision', lane: 'support', label: t('Route') },
        task('engineer', 'backstage', ['engineer']),
        task('guard', 'backstage', ['security']),
        task('other', 'backstage', ['dispatcher']),
        endStep('done'),
      ],
      flows: [
        flow('start', 'assign'),
        flow('assign', 'route', 'ASSIGNED'),
        flow('route', 'engineer', undefined, {
          condition: { all: [{ fact: 'department', operator: 'equal', value: 'engineering' }] },
        }),
        flow('route', 'guard', undefined, {
          condition: { all: [{ fact: 'department', operator: 'equal', value: 'security' }] },
        }),
        flow('route', 'other'),
        flow('engineer', 'done', 'DONE'),
        flow('guard', 'done', 'DONE'),
        flow('other', 'done', 'DONE'),
      ],
    });
    const viaDefault = verify(c).paths.find((p) => p.steps.includes('other'))!;
    const scenario = scenarioFor(c, viaDefault);
    if (!scenario.ok) throw new Error(scenario.reason);
    expect(scenario.events[0]!.data).toEqual({ department: 'greening' });
    expect(drive(c, scenario).path).toContain('other');
  });

  it('puts a fact into the data of the event that declares it, and others into the initial facts', () => {
    const c = compiled(routing());
    const path = verify(c).paths.find((p) => p.steps.join(' ') === 'start assess route approve done')!;
    const scenario = scenarioFor(c, path);
    expect(scenario.ok).toBe(true);
    if (!scenario.ok) return;
    expect(scenario.events[0]).toMatchObject({ type: 'ASSESSED', role: 'dispatcher' });
    expect(scenario.events[0]!.data!.cost).toBeLessThanOrEqual(500);
    expect(scenario.facts).not.toHaveProperty('cost');
    expect(['leak', 'fire']).toContain(scenario.facts.kind);
  });

  it('explains a path whose guards cannot all hold', () => {
    const blueprint = routing();
    blueprint.flows[3]!.condition = {
      all: [
        { fact: 'floor', operator: 'greaterThan', value: 5 },
        { fact: 'floor', operator: 'lessThan', value: 5 },
      ],
    };
    const c = compiled(blueprint);
    const path = verify(c).paths.find((p) => p.steps.includes('urgent'))!;
    const scenario = scenarioFor(c, path);
    expect(scenario).toEqual({ ok: false, reason: 'no fact values make this path the one taken' });
  });

  it('refuses a path whose flows do not follow its steps', () => {
    const c = compiled(repairBlueprint());
    const path = verify(c).paths[0]!;
    const broken = { ...path, flows: [...path.flows].reverse() };
    expect(scenarioFor(c, broken).ok).toBe(false);
    expect(scenarioFor(c, { ...path, flows: ['nope'] }).ok).toBe(false);
    expect(scenarioFor(c, { ...path, steps: path.steps.map((s) => (s === 'fix' ? 'dispatch' : s)) }).ok).toBe(
      false,
    );
  });
});

describe('sampleValue', () => {
  const field = (extra: Partial<Field>): Field => ({ name: 'f', label: t('F'), type: 'string', ...extra });

  it('respects type, range, length and options', () => {
    expect(sampleValue(field({ type: 'integer', min: 2.5, max: 9 }))).toBe(3);
    expect(sampleValue(field({ type: 'integer', max: -4 }))).toBe(-4);
    expect(sampleValue(field({ type: 'number', min: 0.5 }))).toBe(0.5);
    expect(sampleValue(field({ type: 'text', maxLength: 3 }))).toBe('sam');
    expect(sampleValue(field({ type: 'choice', options: [{ value: 'a', label: t('A') }] }))).toBe('a');
    expect(sampleValue(field({ type: 'boolean' }))).toBe(true);
    expect(sampleValue(field({ type: 'date' }))).toBe('2026-01-01');
    expect(sampleValue(field({ type: 'phone' }))).toBe('13800138000');
  });

  it('gives nothing when no value fits', () => {
    expect(sampleValue(field({ type: 'integer', min: 1.2, max: 1.8 }))).toBeUndefined();
  });
});
