// Vitest globalSetup for the suites that need PostgreSQL (api/ and test/ name it in their vitest.config.ts).
//
// The tests use the server at FRONTSTAGE_TEST_PG (default postgres://postgres@127.0.0.1:5432/test) when it
// answers. When none does, this starts a throwaway one from the PostgreSQL server binaries on this machine
// (Debian's /usr/lib/postgresql/<version>/bin, which .ci/run installs; else initdb on PATH): a cluster in a
// temporary folder, trust authentication, a `test` database, on a free port of 127.0.0.1. It sets
// FRONTSTAGE_TEST_PG for the test workers (they start after global setup and inherit its environment), puts
// that bin folder first on PATH so the scale test's pg_dump and pg_restore match the server, and stops the
// server and removes the folder when the run ends.
import { execFileSync } from 'node:child_process';
import {
  accessSync,
  chownSync,
  constants,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import process from 'node:process';
import pg from 'pg';

export const DEFAULT_TEST_PG = 'postgres://postgres@127.0.0.1:5432/test';

/** Errors that mean nothing answered at the address (as opposed to a server that refused us). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EAI_AGAIN',
]);

export default async function setup() {
  const explicit = process.env.FRONTSTAGE_TEST_PG;
  const url = explicit || DEFAULT_TEST_PG;
  const problem = await probe(url);
  if (!problem) {
    // An existing server: only make sure the scale test finds pg_dump and pg_restore.
    const bin = findServerBin();
    if (!onPath('pg_restore') && bin) process.env.PATH = bin + delimiter + (process.env.PATH ?? '');
    return undefined;
  }
  const unreachable = UNREACHABLE.has(problem.code) || /timeout|terminated/i.test(problem.message);
  if (explicit && !unreachable) {
    throw new Error(
      `FRONTSTAGE_TEST_PG=${explicit} answered but the tests cannot use it: ${problem.message}`,
    );
  }
  const saved = { FRONTSTAGE_TEST_PG: process.env.FRONTSTAGE_TEST_PG, PATH: process.env.PATH };
  const server = await startThrowaway();
  process.stderr.write(
    `[test-postgres] no PostgreSQL at ${url} (${problem.message}); using a throwaway one at ${server.url}\n`,
  );
  process.env.FRONTSTAGE_TEST_PG = server.url;
  process.env.PATH = server.bin + delimiter + (process.env.PATH ?? '');
  return () => {
    server.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

/** Connects and runs one query with a short timeout; resolves with the error, or undefined when it worked. */
async function probe(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return { code: error?.code ?? '', message: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The newest folder holding initdb, pg_ctl and postgres: Debian's /usr/lib/postgresql/<version>/bin, else PATH. */
export function findServerBin() {
  const tools = ['initdb', 'pg_ctl', 'postgres'];
  const root = '/usr/lib/postgresql';
  const debian = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+(\.\d+)?$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => join(root, v, 'bin'))
    : [];
  const path = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...debian, ...path].find((dir) => tools.every((tool) => executable(join(dir, tool))));
}

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(tool) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && executable(join(dir, tool)));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL will not run as root: as root, run it as the `postgres` system user (or `nobody`). */
function runAs() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  for (const user of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }));
      return { user, uid, gid };
    } catch {
      // no such user; try the next
    }
  }
  throw new Error(
    'Running as root, and neither a `postgres` nor a `nobody` user exists to run PostgreSQL as.',
  );
}

async function startThrowaway() {
  const bin = findServerBin();
  if (!bin) {
    throw new Error(
      `No PostgreSQL answers at ${process.env.FRONTSTAGE_TEST_PG || DEFAULT_TEST_PG}, and no PostgreSQL server binaries ` +
        "(initdb, pg_ctl, postgres) were found to start a throwaway one: install Debian's `postgresql` " +
        '(.ci/run does), or set FRONTSTAGE_TEST_PG to a server the tests may create databases on.',
    );
  }
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const run = (tool, args) => {
    const [command, argv] = user
      ? ['runuser', ['-u', user.user, '--', join(bin, tool), ...args]]
      : [join(bin, tool), args];
    // cwd: the folder the server's user can read (root's working directory may not be).
    return execFileSync(command, argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  };
  let started = false;
  const stop = () => {
    process.removeListener('exit', stop);
    try {
      if (started) run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
    } catch {
      // already stopped
    }
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  // If Vitest exits without its teardown (an uncaught error, Ctrl-C), the server still goes.
  process.on('exit', stop);
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const port = await freePort();
    started = true;
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      log,
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    try {
      await admin.query('CREATE DATABASE test');
    } finally {
      await admin.end();
    }
    return { bin, url: `postgres://postgres@127.0.0.1:${port}/test`, stop };
  } catch (error) {
    const detail = [error?.stderr, existsSync(log) ? readFileSync(log, 'utf8') : '']
      .filter(Boolean)
      .join('\n');
    stop();
    throw new Error(
      `Could not start a throwaway PostgreSQL from ${bin}: ${error?.message ?? error}\n${detail}`,
    );
  }
}
