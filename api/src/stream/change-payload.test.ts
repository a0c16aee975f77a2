import { describe, expect, it } from 'vitest';
import { decodeChange, encodeChange, MAX_PAYLOAD_BYTES } from './change-payload.js';
import type { TicketChange } from './stream-bus.js';

const change = (assignedRoles = ',engineer,'): TicketChange => ({
  kind: 'ticket.updated',
  ticketId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  version: 3,
  state: 'fix',
  status: 'open',
  team: 'engineering',
  assignedRoles,
  event: 'DISPATCHED',
  at: '2025-01-01T00:00:00.000Z',
});

describe('the NOTIFY payload of a ticket change', () => {
  it('carries the whole change when it fits', () => {
    expect(decodeChange(encodeChange(change()))).toEqual({ change: change() });
  });

  it('becomes a reference when the change would pass PostgreSQL’s 8000-byte limit', () => {
    const huge = change(`,${Array.from({ length: 600 }, (_, i) => `role_number_${i}`).join(',')},`);
    const payload = encodeChange(huge);
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(decodeChange(payload)).toEqual({
      ref: { kind: 'ticket.updated', ticketId: huge.ticketId, version: 3, at: huge.at, event: 'DISPATCHED' },
    });
  });

  it('counts bytes, not characters, so Chinese text cannot slip past the limit', () => {
    const wide = change(`,${'维修'.repeat(1400)},`);
    expect(wide.assignedRoles.length).toBeLessThan(MAX_PAYLOAD_BYTES);
    expect(decodeChange(encodeChange(wide))).toHaveProperty('ref');
  });

  it('ignores payloads it did not write', () => {
    for (const payload of [
      undefined,
      '',
      'not json',
      '{}',
      '{"change":{"kind":"ticket.deleted"}}',
      '{"ref":{"ticketId":1}}',
      'null',
    ])
      expect(decodeChange(payload)).toBeNull();
  });
});
