import { describe, expect, it } from 'vitest';
import {
  decodeChange,
  decodePayload,
  encodeChange,
  MAX_PAYLOAD_BYTES,
  packChanges,
} from './change-payload.js';
import type { TicketChange } from '@frontstage/engine';

const change = (assignedRoles = ',engineer,'): TicketChange => ({
  kind: 'ticket.updated',
  ticketId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  version: 3,
  state: 'fix',
  status: 'open',
  team: 'engineering',
  assignedRoles,
  site: 'cuihu',
  event: 'DISPATCHED',
  at: '2025-01-01T00:00:00.000Z',
});

describe('the NOTIFY payload of a ticket change', () => {
  it('carries the whole change when it fits', () => {
    expect(decodeChange(encodeChange(change()))).toEqual({ change: change() });
  });

  it('completes a change without its site from the ticket row, as a reference', () => {
    const { site: _site, ...older } = change();
    expect(decodeChange(JSON.stringify({ change: older }))).toEqual({
      ref: {
        kind: 'ticket.updated',
        ticketId: older.ticketId,
        version: 3,
        at: older.at,
        event: 'DISPATCHED',
      },
    });
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

  it("packs a transaction's changes into as few payloads as fit, each under the limit, in order", () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ ...change(), version: i + 1 }));
    const huge = change(`,${Array.from({ length: 600 }, (_, i) => `role_number_${i}`).join(',')},`);
    const payloads = packChanges([...many, huge]);
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads.length).toBeLessThan(10);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const decoded = payloads.flatMap((p) => decodePayload(p)!);
    expect(decoded.slice(0, 100)).toEqual(many.map((c) => ({ change: c })));
    expect(decoded[100]).toHaveProperty('ref');
  });

  it("reads a single change's payload too, and refuses a pack with anything it did not write", () => {
    expect(decodePayload(encodeChange(change()))).toEqual([{ change: change() }]);
    expect(decodePayload('{"items":[{"change":{"kind":"ticket.deleted"}}]}')).toBeNull();
    expect(decodePayload('{"items":"x"}')).toBeNull();
    expect(packChanges([])).toEqual([]);
  });
});
