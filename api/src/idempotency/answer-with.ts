import type { FastifyReply } from 'fastify';
import type { Answer } from './idempotency.service.js';

/**
 * Sends a command's answer: without a key, the command's value; with one, exactly the stored bytes
 * (also on the first answer), marked `Idempotent-Replayed: true` on a retry. `etag`, when given,
 * names the answered resource's version in an ETag header, the same on a replay.
 */
export function answerWith<T>(
  reply: FastifyReply,
  answer: Answer<T>,
  etag?: (value: T) => string,
): T | string {
  if (answer.kind === 'value') {
    if (etag) void reply.header('etag', etag(answer.value));
    return answer.value;
  }
  void reply.status(answer.statusCode).header('content-type', 'application/json; charset=utf-8');
  if (answer.replayed) void reply.header('idempotent-replayed', 'true');
  // Only accepted commands keep an answer, and that answer is the value `etag` reads.
  if (etag) void reply.header('etag', etag(JSON.parse(answer.body) as T));
  return answer.body;
}
