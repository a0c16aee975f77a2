import { Injectable } from '@nestjs/common';
import { canonicalJson, sha256Hex } from '@frontstage/engine';
import type { EntityManager } from 'typeorm';
import { ApiError } from '../common/api-error.js';
import { isUniqueViolation } from '../database/sql.js';
import { IdempotencyRepository } from './idempotency.repository.js';

/** Keys are kept at least this long: the promised 7 days, and one more for clock skew. */
export const KEY_RETENTION_MS = 8 * 86_400_000;
const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The answer to send: without a key, the command's own value; with one, the stored bytes of the
 * first answer (also on that first answer, so a retry gets exactly the same bytes).
 */
export type Answer<T> =
  { kind: 'value'; value: T } | { kind: 'stored'; statusCode: number; body: string; replayed: boolean };

/** Hands the command a way to store its answer inside its own transaction. */
export type Remember = (m: EntityManager, statusCode: number, body: string, at: string) => Promise<void>;

/**
 * Idempotent commands (`Idempotency-Key`): a retry with the same key and body gets the first
 * answer byte for byte and causes nothing; the same key with another body is refused (422); a
 * duplicate while the first is still running is refused (409). The key is stored in the same
 * transaction as the command's effects, so it exists exactly when they do.
 */
@Injectable()
export class IdempotencyService {
  private readonly inFlight = new Set<string>();

  constructor(private readonly repo: IdempotencyRepository) {}

  async run<T>(
    actorId: string,
    key: string | undefined,
    scope: string,
    body: unknown,
    command: (remember: Remember | null) => Promise<T>,
  ): Promise<Answer<T>> {
    if (key === undefined) {
      return { kind: 'value', value: await command(null) };
    }
    if (!KEY.test(key))
      throw new ApiError('validation_failed', 'Idempotency-Key: 1-200 visible ASCII characters', {
        field: 'Idempotency-Key',
      });
    const fingerprint = sha256Hex(canonicalJson({ scope, body }));
    const slot = `${actorId}\u0000${key}`;
    // Claimed before the first await, so a duplicate arriving meanwhile on this instance sees it.
    if (this.inFlight.has(slot)) throw inFlight();
    this.inFlight.add(slot);
    let answered: { statusCode: number; body: string } | undefined;
    try {
      const stored = await this.repo.find(actorId, key);
      if (stored) return this.replay(stored, fingerprint);
      await command(async (m, statusCode, responseBody, at) => {
        answered = { statusCode, body: responseBody };
        await this.repo.insert(m, actorId, key, { fingerprint, statusCode, body: responseBody }, at);
      });
      if (!answered) throw new Error('An idempotent command finished without storing its answer');
      return { kind: 'stored', ...answered, replayed: false };
    } catch (error) {
      // Another instance committed the same key first: its transaction won, ours left nothing behind.
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.repo.find(actorId, key);
      if (!winner) throw inFlight();
      return this.replay(winner, fingerprint);
    } finally {
      this.inFlight.delete(slot);
    }
  }

  private replay<T>(
    stored: { fingerprint: string; statusCode: number; body: string },
    fingerprint: string,
  ): Answer<T> {
    if (stored.fingerprint !== fingerprint)
      throw new ApiError(
        'idempotency_key_reused',
        'Idempotency-Key was already used for a different request',
        { field: 'Idempotency-Key' },
      );
    return { kind: 'stored', statusCode: stored.statusCode, body: stored.body, replayed: true };
  }
}

const inFlight = () =>
  new ApiError('idempotency_in_flight', 'A request with this Idempotency-Key is still being processed', {
    field: 'Idempotency-Key',
  });
