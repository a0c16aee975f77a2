import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedEvents } from './allowed-events.js';
import { Blueprint } from './schema/blueprint.js';
import { start, step } from './step.js';
import { accepted, compiledOf } from './test-support/drive.js';

const waterLeak = Blueprint.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../blueprints/water-leak.json'), 'utf8')),
);

describe('allowedEvents', () => {
  it('never offers a time standard’s breach event to a person: the scheduler sends it', () => {
    const compiled = compiledOf(waterLeak);
    let ticket = accepted(
      start(compiled, {}, { id: 'd', role: 'frontdesk' }, '2026-11-23T08:00:00.000Z'),
    ).ticket;
    const data = { location: '3-1201 厨房', phone: '13800138000' };
    ticket = accepted(
      step(
        compiled,
        ticket,
        { type: 'RECORDED', data },
        { id: 'd', role: 'frontdesk' },
        '2026-11-23T08:01:00.000Z',
      ),
    ).ticket;
    expect(ticket.state).toBe('shutoff');
    const events = allowedEvents(compiled, ticket, 'engineer');
    expect(events.map((e) => [e.type, e.mine, e.roles])).toEqual([
      ['SHUT_OFF', true, ['security', 'engineer']],
      ['ESCALATED', false, ['system']],
    ]);
  });
});
