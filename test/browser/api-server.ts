import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';

const ROOT = resolve(import.meta.dirname, '../..');
export const DEMO_PASSWORD = 'browser-test-pass';

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

export interface RunningApi {
  url: string;
  /** Blueprint keys seeded from blueprints/ plus the fixture `sample-repair`. */
  keys: string[];
  /** The SQLite file it runs on. */
  dbFile: string;
  /** What the API has written to stdout and stderr so far (its pino log). */
  log: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the real API (built in api/dist) on a fresh SQLite file, serving the built editor, seeded
 * from the shipped blueprints. Fails loudly when a build is missing: browser tests never skip.
 */
export async function startApi(options: { logLevel?: string } = {}): Promise<RunningApi> {
  // FRONTSTAGE_API_MAIN points at another build of the API (e.g. one built from a clean checkout).
  const main = process.env.FRONTSTAGE_API_MAIN ?? join(ROOT, 'api/dist/main.js');
  const editor = join(ROOT, 'editor/dist/index.html');
  if (!existsSync(main)) throw new Error(`API not built (${main}); run nx build @frontstage/api`);
  if (!existsSync(editor)) throw new Error(`Editor not built (${editor}); run nx build @frontstage/editor`);
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-browser-'));
  const seed = join(dir, 'blueprints');
  const shipped = existsSync(join(ROOT, 'blueprints'))
    ? readdirSync(join(ROOT, 'blueprints')).filter((f) => f.endsWith('.json'))
    : [];
  mkdirSync(seed);
  for (const f of shipped) copyFileSync(join(ROOT, 'blueprints', f), join(seed, f));
  // The fixture rides along so the test has a blueprint even before any is shipped.
  copyFileSync(join(import.meta.dirname, 'fixtures/sample-repair.json'), join(seed, 'sample-repair.json'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      FRONTSTAGE_DB: join(dir, 'db.sqlite'),
      FRONTSTAGE_DEMO_PASSWORD: DEMO_PASSWORD,
      FRONTSTAGE_BLUEPRINTS: seed,
      FRONTSTAGE_EDITOR: join(ROOT, 'editor/dist'),
      NODE_ENV: 'development',
      LOG_LEVEL: options.logLevel ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (b) => (log += String(b)));
  child.stderr?.on('data', (b) => (log += String(b)));
  const url = `http://127.0.0.1:${port}`;
  // A deadline that only catches a hang: on a loaded machine the API's start alone takes ~30 s.
  const deadline = Date.now() + 100_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited (${child.exitCode}): ${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API did not start within 100 s: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'designer', password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const list = (await (
    await fetch(`${url}/api/blueprints`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as { key: string }[];
  return {
    url,
    keys: list.map((b) => b.key),
    dbFile: join(dir, 'db.sqlite'),
    log: () => log,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}
