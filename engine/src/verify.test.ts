import { describe, expect, it } from 'vitest';
import { allowedEvents } from './allowed-events.js';
import { accepted, at, compiledOf, run, actor } from './test-support/drive.js';
import { flow, repairBlueprint, t, task } from './test-support/builders.js';
import { start } from './step.js';
import { verify } from './verify.js';

describe('verify', () => {
  it('lists every simple path from start to an end, with the flows that join its steps', () => {
    const v = verify(compiledOf(repairBlueprint()));
    expect(v.paths).toEqual([
      {
        end: 'closed',
        steps: ['start', 'record', 'dispatch', 'fix', 'callback', 'satisfied', 'closed'],
        flows: [
          'start-record',
          'record-dispatch-recorded',
          'dispatch-fix-dispatched',
          'fix-callback-resolved',
          'callback-satisfied-callback_done',
          'satisfied-closed',
        ],
      },
    ]);
    expect(v.truncated).toBe(false);
    expect(v).toMatchObject({ unreachable: [], deadEnds: [], stepsWithoutOwner: [] });
    expect([...v.reachable].sort()).toEqual([
      'callback',
      'closed',
      'dispatch',
      'fix',
      'record',
      'satisfied',
      'start',
    ]);
  });

  it('maps each role to the tasks it may complete', () => {
    expect(verify(compiledOf(repairBlueprint())).roleCoverage).toEqual({
      frontdesk: ['record', 'callback'],
      dispatcher: ['dispatch'],
      engineer: ['fix'],
    });
  });

  it('lists each branch as its own path and stops at the limit it is given', () => {
    const b = repairBlueprint();
    b.steps.push({ id: 'closed_early', type: 'end', lane: 'frontstage', label: t('Closed early') });
    b.flows.push(flow('record', 'closed_early', 'DUPLICATE'), flow('dispatch', 'closed_early', 'CANCELLED'));
    const c = compiledOf(b);
    const all = verify(c);
    expect(all.paths.map((p) => p.end).sort()).toEqual(['closed', 'closed_early', 'closed_early']);
    const one = verify(c, { maxPaths: 1 });
    expect(one.paths).toHaveLength(1);
    expect(one.truncated).toBe(true);
  });
});

describe('allowedEvents', () => {
  const c = compiledOf(repairBlueprint());

  it('lists the events of the current step with their roles, fields and whether the caller may send them', () => {
    const ticket = run(c, []);
    expect(allowedEvents(c, ticket, 'frontdesk')).toEqual([
      {
        type: 'RECORDED',
        roles: ['frontdesk'],
        fields: repairBlueprint().steps[1]!.requiredData,
        mine: true,
      },
    ]);
    expect(allowedEvents(c, ticket, 'engineer')[0]!.mine).toBe(false);
    expect(allowedEvents(c, ticket)[0]!.mine).toBe(false);
  });

  it('merges the roles, label and fields of flows that share an event', () => {
    const b = repairBlueprint();
    b.steps.push(task('review', 'backstage', ['supervisor']));
    b.flows.splice(2, 0, {
      ...flow('dispatch', 'review', 'DISPATCHED'),
      label: t('Needs review'),
      roles: ['supervisor'],
      condition: { all: [{ fact: 'cost', operator: 'greaterThan', value: 100 }] },
      requiredData: [{ name: 'cost', label: t('Cost'), type: 'number' }],
    });
    b.flows.push(flow('review', 'fix', 'APPROVED'));
    const compiled = compiledOf(b);
    const ticket = run(compiled, [['RECORDED', 'frontdesk', { location: 'hall' }]]);
    const [dispatched] = allowedEvents(compiled, ticket, 'dispatcher');
    expect(dispatched).toMatchObject({
      type: 'DISPATCHED',
      label: t('Needs review'),
      roles: ['supervisor', 'dispatcher'],
      mine: true,
    });
    expect(dispatched!.fields.map((f) => f.name)).toEqual(['cost']);
  });

  it('offers nothing on a closed ticket or a step the blueprint does not have', () => {
    const closed = run(c, [
      ['RECORDED', 'frontdesk', { location: 'lobby' }],
      ['DISPATCHED', 'dispatcher'],
      ['RESOLVED', 'engineer'],
      ['CALLBACK_DONE', 'frontdesk', { satisfaction: 4 }],
    ]);
    expect(closed.status).toBe('closed');
    expect(allowedEvents(c, closed, 'frontdesk')).toEqual([]);
    const ticket = accepted(start(c, {}, actor('frontdesk'), at(0))).ticket;
    expect(allowedEvents(c, { ...ticket, state: 'nowhere' }, 'frontdesk')).toEqual([]);
  });
});
