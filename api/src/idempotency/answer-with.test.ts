import type { FastifyReply } from 'fastify';
import { describe, expect, it } from 'vitest';
import { answerWith } from './answer-with.js';

/** A reply that records what was set on it. */
function recordingReply() {
  const sent: { status?: number; headers: Record<string, string> } = { headers: {} };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
  };
  return { reply: reply as unknown as FastifyReply, sent };
}

const etag = (value: { version: number }) => `"${value.version}"`;

describe('answerWith', () => {
  it('returns a command value as it is, with its ETag when asked', () => {
    const { reply, sent } = recordingReply();
    expect(answerWith(reply, { kind: 'value', value: { version: 3 } }, etag)).toEqual({ version: 3 });
    expect(sent).toEqual({ headers: { etag: '"3"' } });
    const bare = recordingReply();
    expect(answerWith(bare.reply, { kind: 'value', value: 1 })).toBe(1);
    expect(bare.sent).toEqual({ headers: {} });
  });

  it('sends a first stored answer as its exact bytes with its status, not marked replayed', () => {
    const { reply, sent } = recordingReply();
    const body = '{"version":2,"x":"y"}';
    expect(answerWith(reply, { kind: 'stored', statusCode: 201, body, replayed: false }, etag)).toBe(body);
    expect(sent).toEqual({
      status: 201,
      headers: { 'content-type': 'application/json; charset=utf-8', etag: '"2"' },
    });
  });

  it('marks a replayed answer, and leaves the ETag out unless asked', () => {
    const { reply, sent } = recordingReply();
    expect(answerWith(reply, { kind: 'stored', statusCode: 200, body: '{}', replayed: true })).toBe('{}');
    expect(sent).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'idempotent-replayed': 'true' },
    });
  });
});
