import { describe, expect, it } from 'vitest';
import { TICKET_COMMAND } from './commands.js';
import { commandsFromHistory } from './history.js';
import { reassign } from './reassign.js';
import { replay, sameTicket } from './replay.js';
import { start } from './step.js';
import { accepted, actor, compiledOf, run } from './test-support/drive.js';
import { repairBlueprint } from './test-support/builders.js';

const repair = compiledOf(repairBlueprint());
const now = '2026-01-05T10:00:00.000Z';

describe('reassign', () => {
  it('moves an open ticket and its current step to another team, keeping step, clocks and path', () => {
    const ticket = run(repair, [['RECORDED', 'frontdesk', { location: 'lobby' }]], { team: 'engineering' });
    const moved = accepted(reassign(ticket, 'security', now));
    expect(moved.ticket).toMatchObject({
      team: 'security',
      state: 'dispatch',
      assignment: { stepId: 'dispatch', roles: ['dispatcher'], team: 'security' },
      updatedAt: now,
    });
    expect(moved.ticket.timers).toEqual(ticket.timers);
    expect(moved.ticket.path).toEqual(ticket.path);
    expect(moved.effects).toEqual([
      { kind: 'assign', stepId: 'dispatch', roles: ['dispatcher'], team: 'security' },
    ]);
  });

  it('refuses a closed ticket, a team that is not an identifier and a ticket that is not one', () => {
    const ticket = run(repair, [['RECORDED', 'frontdesk', { location: 'lobby' }]]);
    expect(reassign({ ...ticket, status: 'closed' }, 'security', now)).toMatchObject({
      ok: false,
      rejection: { code: 'ticket_closed' },
    });
    expect(reassign(ticket, 'Security Team', now)).toMatchObject({
      ok: false,
      rejection: { code: 'invalid_input', details: { field: 'team' } },
    });
    expect(reassign({ nonsense: true }, 'security', now)).toMatchObject({
      ok: false,
      rejection: { code: 'invalid_input' },
    });
    expect(reassign(ticket, 'security', 'yesterday')).toMatchObject({
      ok: false,
      rejection: { code: 'invalid_input', details: { field: 'now' } },
    });
  });

  it('replays from the audit history exactly as it happened', () => {
    const started = accepted(
      start(repair, { description: 'lamp' }, actor('frontdesk'), '2026-01-05T09:00:00.000Z', {
        team: 'engineering',
      }),
    );
    const moved = accepted(reassign(started.ticket, 'security', now));
    const history = [
      {
        seq: 1,
        outcome: 'accepted',
        at: '2026-01-05T09:00:00.000Z',
        actorId: 'frontdesk-1',
        actorRole: 'frontdesk',
        command: 'ticket.create',
        eventType: 'INTAKE',
        data: { description: 'lamp' },
        trace: { classification: { team: 'engineering', timeStandards: {} } },
      },
      {
        seq: 2,
        outcome: 'accepted',
        at: now,
        actorId: 'li',
        actorRole: 'supervisor',
        command: TICKET_COMMAND.reassign,
        eventType: 'REASSIGNED',
        data: { team: 'security' },
      },
    ];
    const commands = commandsFromHistory(history);
    if (!commands.ok) throw new Error(JSON.stringify(commands.issues));
    expect(commands.commands[1]).toEqual({
      kind: 'reassign',
      team: 'security',
      actor: { id: 'li', role: 'supervisor' },
      at: now,
    });
    const replayed = replay(repair, commands.commands);
    expect(replayed.ok && sameTicket(replayed.ticket, moved.ticket)).toBe(true);
  });
});
