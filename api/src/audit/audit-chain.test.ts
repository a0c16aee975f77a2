import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../database/entities.js';
import { checkRun, contentOf, entryHash, GENESIS_HASH, type AuditContent } from './audit-chain.js';

// entryHash(GENESIS_HASH, content(1)) as stored since the first release.
const PINNED_HASH = '1b8e7f1ae402e01d219cfdac96f7dd1189e77391e93b24bea36103cf59ebe2d8';

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

/** Another value of the same kind, so changing a field by it must change the hash. */
function altered(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'string') return `${value}-edited`;
  if (value === null) return 'set';
  return { edited: value };
}

describe('audit chain', () => {
  it('starts from sixty-four zeros', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(GENESIS_HASH).toHaveLength(64);
  });

  it('hashes every field but the hashes themselves', () => {
    const base = content(1);
    expect(Object.keys(contentOf(base)).sort()).toEqual(Object.keys(base).sort());
    const hash = entryHash(GENESIS_HASH, base);
    for (const field of Object.keys(base) as (keyof AuditContent)[]) {
      const edited = { ...base, [field]: altered(base[field]) } as AuditContent;
      expect(entryHash(GENESIS_HASH, edited), field).not.toBe(hash);
    }
  });

  it('chains each hash to the previous one', () => {
    expect(entryHash('f'.repeat(64), content(1))).not.toBe(entryHash(GENESIS_HASH, content(1)));
  });

  it('keeps the hash of a stored entry stable', () => {
    // Entries already stored were hashed this way: a change of format would break every chain.
    expect(entryHash(GENESIS_HASH, content(1))).toBe(PINNED_HASH);
  });

  it('hashes a missing optional field as null', () => {
    const base = content(1);
    const loose = {
      ...base,
      ticketId: undefined,
      eventType: undefined,
      data: undefined,
    } as unknown as AuditContent;
    expect(entryHash(GENESIS_HASH, loose)).toBe(
      entryHash(GENESIS_HASH, { ...base, ticketId: null, eventType: null, data: null }),
    );
    const bare = Object.fromEntries(
      Object.entries(base).filter(([, v]) => v !== null),
    ) as unknown as AuditContent;
    expect(contentOf(bare)).toEqual(contentOf(base));
  });

  it('accepts an untouched chain and continues from its last entry', () => {
    const rows = chain(3);
    expect(checkRun(rows, { seq: 0, hash: GENESIS_HASH })).toEqual({
      ok: true,
      prev: { seq: 3, hash: rows[2]!.hash },
    });
    expect(checkRun([], { seq: 5, hash: 'h' })).toEqual({ ok: true, prev: { seq: 5, hash: 'h' } });
  });

  it('continues a chain from a page that ended before it', () => {
    const rows = chain(3);
    expect(checkRun(rows.slice(2), { seq: 2, hash: rows[1]!.hash })).toEqual({
      ok: true,
      prev: { seq: 3, hash: rows[2]!.hash },
    });
  });

  it('names an entry that points at another predecessor', () => {
    const rows = chain(3);
    const prevHash = 'f'.repeat(64);
    rows[1] = { ...rows[1]!, prevHash, hash: entryHash(prevHash, rows[1]!) };
    expect(checkRun(rows, { seq: 0, hash: GENESIS_HASH })).toEqual({
      ok: false,
      broken: { seq: 2, reason: 'prev_hash_mismatch' },
    });
  });

  it('names an entry whose hash was replaced', () => {
    const rows = chain(2);
    rows[1] = { ...rows[1]!, hash: 'e'.repeat(64) };
    expect(checkRun(rows, { seq: 0, hash: GENESIS_HASH })).toEqual({
      ok: false,
      broken: { seq: 2, reason: 'hash_mismatch' },
    });
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
