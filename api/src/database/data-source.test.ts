import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/config.js';
import { dataSourceOptions, pgPoolSettings } from './data-source.js';

describe('the PostgreSQL pool settings', () => {
  it('default to 10 connections and 30-second statement and idle timeouts', () => {
    expect(pgPoolSettings({})).toEqual({ max: 10, statementTimeoutMs: 30_000, idleTimeoutMs: 30_000 });
  });

  it('come from FRONTSTAGE_PG_* and reach the driver', () => {
    const env = {
      FRONTSTAGE_PG_POOL_MAX: '25',
      FRONTSTAGE_PG_STATEMENT_TIMEOUT_MS: '5000',
      FRONTSTAGE_PG_IDLE_TIMEOUT_MS: '1000',
    };
    const options = dataSourceOptions({ kind: 'postgres', url: 'postgres://x@localhost/db' }, env) as {
      extra: Record<string, number>;
    };
    expect(options.extra).toMatchObject({
      max: 25,
      statement_timeout: 5000,
      idle_in_transaction_session_timeout: 5000,
      idleTimeoutMillis: 1000,
    });
  });

  it('refuse a pool size that is not a positive integer, naming the variable', () => {
    expect(() => pgPoolSettings({ FRONTSTAGE_PG_POOL_MAX: '0' })).toThrow(ConfigError);
    expect(() => pgPoolSettings({ FRONTSTAGE_PG_POOL_MAX: 'lots' })).toThrow(/FRONTSTAGE_PG_POOL_MAX/);
  });
});
