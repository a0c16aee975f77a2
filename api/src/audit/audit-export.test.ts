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

  it('writes every column in a fixed order, one CRLF-terminated line per entry', () => {
    const row = {
      seq: 7,
      at: 'at',
      ticketId: 't1',
      actorId: 'a, b',
      actorRole: 'role\rx',
      command: 'c',
      eventType: undefined,
      outcome: 'accepted',
      code: 'say "no"',
      fromState: 'f',
      toState: 'to',
      blueprintKey: 'k',
      blueprintVersion: 3,
      data: null,
      trace: { steps: [1] },
      requestId: 'line\nbreak',
      prevHash: 'p',
      hash: 'h',
    } as unknown as AuditRow;
    const header =
      'seq,at,ticketId,actorId,actorRole,command,eventType,outcome,code,fromState,toState,blueprintKey,' +
      'blueprintVersion,data,trace,requestId,prevHash,hash\r\n';
    const line = (seq: number) =>
      `${seq},at,t1,"a, b","role\rx",c,,accepted,"say ""no""",f,to,k,3,,"{""steps"":[1]}","line\nbreak",p,h\r\n`;
    expect(toCsv([row, { ...row, seq: 8 }])).toBe(header + line(7) + line(8));
    expect(toCsv([])).toBe(header);
  });
});
