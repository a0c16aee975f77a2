import { describe, expect, it } from 'vitest';
import { ticketSnapshot } from '../../test/support/ticket-snapshot.js';
import { SnapshotCache } from './ticket-rows.js';

describe('SnapshotCache', () => {
  it('gives back the remembered object for the same bytes, and parses anything else', () => {
    const cache = new SnapshotCache();
    const at = '2026-01-05T09:00:00.000Z';
    const ticket = ticketSnapshot({
      blueprint: { key: 'shared-repair', hash: 'h' },
      state: 'fix',
      path: ['intake', 'fix'],
      seq: 1,
      createdAt: at,
      updatedAt: at,
    });
    const json = cache.remember('t1', ticket);
    expect(json).toBe(JSON.stringify(ticket));
    expect(cache.read('t1', json)).toBe(ticket);
    // A row changed behind the API's back (or a write rolled back) is read from its own bytes.
    const tampered = json.replace('fix"', 'done"');
    expect(cache.read('t1', tampered)).toEqual({ ...ticket, state: 'done' });
    expect(cache.read('t2', json)).not.toBe(ticket);
    expect(cache.read('t2', json)).toEqual(ticket);
  });
});
