import { canonicalJson, sha256Hex } from '@frontstage/engine';
import { describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import type { IdempotencyRepository, StoredResponse } from './idempotency.repository.js';
import { IdempotencyService, KEY_RETENTION_MS, type Remember } from './idempotency.service.js';

const m = {} as EntityManager;
const AT = '2026-11-24T08:00:00.000Z';

/** Keys kept in memory, as the table keeps them. */
class MemoryKeys {
  readonly stored = new Map<string, StoredResponse & { at: string }>();
  async find(actorId: string, key: string): Promise<StoredResponse | null> {
    const row = this.stored.get(`${actorId}/${key}`);
    return row ? { fingerprint: row.fingerprint, statusCode: row.statusCode, body: row.body } : null;
  }
  async insert(_m: EntityManager, actorId: string, key: string, response: StoredResponse, at: string) {
    this.stored.set(`${actorId}/${key}`, { ...response, at });
  }
}

function setup() {
  const keys = new MemoryKeys();
  const service = new IdempotencyService(keys as unknown as IdempotencyRepository);
  let runs = 0;
  /** A command that stores `{"n":<run>}` with 201 and returns the same value. */
  const command = async (remember: Remember | null) => {
    runs += 1;
    const value = { n: runs };
    await remember?.(m, 201, JSON.stringify(value), AT);
    return value;
  };
  return { keys, service, command, runs: () => runs };
}

const uniqueViolation = () => Object.assign(new Error('duplicate key'), { code: '23505' });

describe('IdempotencyService', () => {
  it('keeps keys for eight days', () => {
    expect(KEY_RETENTION_MS).toBe(8 * 24 * 60 * 60 * 1000);
  });

  it('runs a command without a key as it is, storing nothing', async () => {
    const { keys, service, command } = setup();
    await expect(service.run('li', undefined, 'scope', {}, command)).resolves.toEqual({
      kind: 'value',
      value: { n: 1 },
    });
    expect(keys.stored.size).toBe(0);
  });

  it('stores the first answer under the key with the fingerprint of scope and body', async () => {
    const { keys, service, command } = setup();
    await expect(service.run('li', 'k1', 'tickets.create', { a: 1 }, command)).resolves.toEqual({
      kind: 'stored',
      statusCode: 201,
      body: '{"n":1}',
      replayed: false,
    });
    expect(keys.stored.get('li/k1')).toEqual({
      fingerprint: sha256Hex(canonicalJson({ scope: 'tickets.create', body: { a: 1 } })),
      statusCode: 201,
      body: '{"n":1}',
      at: AT,
    });
  });

  it('replays the stored answer to a retry without running the command again', async () => {
    const { service, command, runs } = setup();
    await service.run('li', 'k1', 's', { a: 1 }, command);
    await expect(service.run('li', 'k1', 's', { a: 1 }, command)).resolves.toEqual({
      kind: 'stored',
      statusCode: 201,
      body: '{"n":1}',
      replayed: true,
    });
    expect(runs()).toBe(1);
  });

  it('refuses the key with another body or scope, and keeps keys per actor', async () => {
    const { service, command, runs } = setup();
    await service.run('li', 'k1', 's', { a: 1 }, command);
    for (const [scope, body] of [
      ['s', { a: 2 }],
      ['t', { a: 1 }],
    ] as const)
      await expect(service.run('li', 'k1', scope, body, command)).rejects.toMatchObject({
        code: 'idempotency_key_reused',
        message: 'Idempotency-Key was already used for a different request',
        details: { field: 'Idempotency-Key' },
      });
    await expect(service.run('wang', 'k1', 's', { a: 2 }, command)).resolves.toMatchObject({
      replayed: false,
    });
    expect(runs()).toBe(2);
  });

  it('accepts 1-200 visible ASCII characters as a key and refuses anything else', async () => {
    const { service, command } = setup();
    for (const key of ['!', '~', 'a'.repeat(200), 'k-1_x.y'])
      await expect(service.run('li', key, 's', {}, command), key).resolves.toMatchObject({ kind: 'stored' });
    for (const key of ['', 'a'.repeat(201), 'a b', 'ключ', 'tab\t', ' a', 'a '])
      await expect(service.run('li', key, 's', {}, command), key).rejects.toMatchObject({
        code: 'validation_failed',
        message: 'Idempotency-Key: 1-200 visible ASCII characters',
        details: { field: 'Idempotency-Key' },
      });
  });

  it('refuses a duplicate while the first is running, and frees the key when it ends', async () => {
    const { service, command } = setup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = service.run('li', 'k1', 's', {}, async (remember) => {
      await gate;
      return command(remember);
    });
    await expect(service.run('li', 'k1', 's', {}, command)).rejects.toMatchObject({
      code: 'idempotency_in_flight',
      message: 'A request with this Idempotency-Key is still being processed',
      details: { field: 'Idempotency-Key' },
    });
    // Another actor's key of the same name is not in flight.
    await expect(service.run('wang', 'k1', 's', {}, command)).resolves.toMatchObject({ replayed: false });
    release();
    await expect(first).resolves.toMatchObject({ replayed: false });
    await expect(service.run('li', 'k1', 's', {}, command)).resolves.toMatchObject({ replayed: true });
  });

  it('frees the key when the command fails, and passes the failure on', async () => {
    const { service, command } = setup();
    const failure = new Error('refused');
    await expect(
      service.run('li', 'k1', 's', {}, async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    await expect(service.run('li', 'k1', 's', {}, command)).resolves.toMatchObject({ replayed: false });
  });

  it('refuses a command that finished without storing its answer', async () => {
    const { service } = setup();
    await expect(service.run('li', 'k1', 's', {}, async () => 1)).rejects.toThrow(
      'An idempotent command finished without storing its answer',
    );
  });

  it('replays the answer of another instance that committed the same key first', async () => {
    const { keys, service } = setup();
    const fingerprint = sha256Hex(canonicalJson({ scope: 's', body: {} }));
    await expect(
      service.run('li', 'k1', 's', {}, async () => {
        await keys.insert(m, 'li', 'k1', { fingerprint, statusCode: 200, body: '"theirs"' }, AT);
        throw uniqueViolation();
      }),
    ).resolves.toEqual({ kind: 'stored', statusCode: 200, body: '"theirs"', replayed: true });
    await expect(
      service.run('li', 'k2', 's', {}, async () => {
        throw uniqueViolation();
      }),
    ).rejects.toMatchObject({ code: 'idempotency_in_flight' });
  });
});
