import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../database/entities.js';
import { toCsv } from './audit-export.js';

describe('toCsv', () => {
  it('writes a header, quotes fields with commas, quotes or line breaks, and puts objects as JSON', () => {
    const row = {
      seq: 1,
      at: '2026-11-24T00:00:00.000Z',
      ticketId: null,
      actorId: 'li',
      actorRole: 'frontdesk',
      command: 'ticket.event',
      eventType: 'RECORDED',
      outcome: 'accepted',
      code: null,
      fromState: 'record',
      toState: 'dispatch',
      blueprintKey: 'repair',
      blueprintVersion: 2,
      data: { note: 'say "hi", then\nleave' },
      trace: null,
      requestId: 'r1',
      prevHash: 'a',
      hash: 'b',
    } as AuditRow;
    const [header, line] = toCsv([row]).split('\r\n');
    expect(header!.split(',')[0]).toBe('seq');
    expect(line).toContain('"{""note"":""say \\""hi\\"", then\\nleave""}"');
    expect(line!.startsWith('1,2026-11-24T00:00:00.000Z,,li,')).toBe(true);
  });
});
