import { describe, expect, it } from 'vitest';
import { SnapshotCache } from './tickets.repository.js';

describe('SnapshotCache', () => {
  it('gives back the remembered object for the same bytes, and parses anything else', () => {
    const cache = new SnapshotCache();
    const ticket = { state: 'fix', path: ['intake', 'fix'] };
    const json = cache.remember('t1', ticket);
    expect(json).toBe(JSON.stringify(ticket));
    expect(cache.read('t1', json)).toBe(ticket);
    // A row changed behind the API's back (or a write rolled back) is read from its own bytes.
    const tampered = json.replace('fix"', 'done"');
    expect(cache.read('t1', tampered)).toEqual({ state: 'done', path: ['intake', 'fix'] });
    expect(cache.read('t2', json)).not.toBe(ticket);
    expect(cache.read('t2', json)).toEqual(ticket);
  });
});
