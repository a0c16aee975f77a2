import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'frontstage-config-'));

describe('loadConfig', () => {
  it('defaults to port 3000 and a SQLite file under ./data', () => {
    const root = tmp();
    const config = loadConfig({}, root);
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({
      kind: 'sqlite',
      file: join(root, 'data/frontstage.db'),
      sync: 'thread',
    });
  });

  it('syncs SQLite commits on a thread unless FRONTSTAGE_SQLITE_SYNC=full, and names a bad value', () => {
    const full = loadConfig({ FRONTSTAGE_SQLITE_SYNC: 'full' }, tmp()).database;
    expect(full).toMatchObject({ kind: 'sqlite', sync: 'full' });
    expect(() => loadConfig({ FRONTSTAGE_SQLITE_SYNC: 'normal' }, tmp())).toThrow(/FRONTSTAGE_SQLITE_SYNC/);
  });

  it('generates a secret once and keeps it beside the data', () => {
    const root = tmp();
    const first = loadConfig({}, root).secret;
    expect(loadConfig({}, root).secret).toBe(first);
    expect(readFileSync(join(root, 'data/secret'), 'utf8')).toBe(first);
  });

  it('selects PostgreSQL when DATABASE_URL is set', () => {
    expect(
      loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', FRONTSTAGE_SECRET: 's'.repeat(32) }, tmp())
        .database.kind,
    ).toBe('postgres');
  });

  it('refuses to start in production without a secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, tmp())).toThrow(ConfigError);
  });

  it('refuses a PORT that is not a port', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, tmp())).toThrow(/PORT/);
  });
});
