import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../database/entities.js';
import { checkRun, entryHash, GENESIS_HASH, type AuditContent } from './audit-chain.js';

const content = (seq: number): AuditContent => ({
  seq,
  at: `2026-11-23T08:00:0${seq}.000Z`,
  ticketId: null,
  actorId: 'frontdesk',
  actorRole: 'frontdesk',
  command: 'ticket.event',
  eventType: 'RECORDED',
  data: { location: 'lobby' },
  fromState: 'record',
  toState: 'dispatch',
  blueprintKey: 'repair',
  blueprintVersion: 1,
  outcome: 'accepted',
  code: null,
  trace: null,
  requestId: 'r1',
});

function chain(n: number): AuditRow[] {
  const rows: AuditRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const hash = entryHash(prev, content(seq));
    rows.push({ ...content(seq), prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('audit chain', () => {
  it('accepts an untouched chain', () => {
    expect(checkRun(chain(3), { seq: 0, hash: GENESIS_HASH })).toMatchObject({ ok: true, prev: { seq: 3 } });
  });

  it('ignores key order and extra properties of a loaded row', () => {
    const [row] = chain(1);
    const shuffled = Object.fromEntries(
      Object.entries({ ...row!, extra: 1 }).reverse(),
    ) as unknown as AuditRow;
    expect(checkRun([shuffled], { seq: 0, hash: GENESIS_HASH }).ok).toBe(true);
  });

  it('names an edited entry', () => {
    const rows = chain(3);
    rows[1] = { ...rows[1]!, data: { location: 'roof' } };
    expect(checkRun(rows, { seq: 0, hash: GENESIS_HASH })).toEqual({
      ok: false,
      broken: { seq: 2, reason: 'hash_mismatch' },
    });
  });

  it('names the gap a deleted entry leaves', () => {
    const rows = chain(3);
    expect(checkRun([rows[0]!, rows[2]!], { seq: 0, hash: GENESIS_HASH })).toEqual({
      ok: false,
      broken: { seq: 2, reason: 'missing_entry' },
    });
  });
});
