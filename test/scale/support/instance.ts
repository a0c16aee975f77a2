import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const PASSWORD = 'scale-demo-password';
export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

export const freePort = () =>
  new Promise<number>((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });

/** The environment every instance of one deployment shares: one database, one signing secret. */
export function deploymentEnv(
  database: { url: string } | { sqliteFile: string },
  extra: Record<string, string> = {},
): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-scale-'));
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    FRONTSTAGE_SECRET: randomBytes(24).toString('hex'),
    FRONTSTAGE_DEMO_PASSWORD: PASSWORD,
    FRONTSTAGE_BLUEPRINTS: join(ROOT, 'api/test/fixtures/blueprints'),
    FRONTSTAGE_EDITOR: join(dir, 'no-editor'),
    ...('url' in database ? { DATABASE_URL: database.url } : { FRONTSTAGE_DB: database.sqliteFile }),
    ...extra,
  };
}

/** `node api/dist/main.js` as a child process on its own port, killed and started again at will. */
export class Instance {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private stderr = '';
  kills = 0;
  readonly startupMs: number[] = [];

  constructor(
    private readonly env: Record<string, string>,
    readonly port: number,
  ) {}

  static async create(env: Record<string, string>): Promise<Instance> {
    return new Instance(env, await freePort());
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get up(): boolean {
    return this.child !== null;
  }

  // The limit only catches a hang: on a loaded 2-core machine a start alone took 70-80 s.
  async start(timeoutMs = 180_000): Promise<void> {
    const began = Date.now();
    const child = spawn(process.execPath, [join(ROOT, 'api/dist/main.js')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        ...this.env,
        PORT: String(this.port),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.stderr = '';
    child.stderr!.on(
      'data',
      (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)),
    );
    let gone = false;
    this.exited = new Promise<void>((ok) => child.once('exit', () => ((gone = true), ok())));
    this.child = child;
    while (Date.now() - began < timeoutMs) {
      if (gone) throw new Error(`instance on ${this.port} exited during start: ${this.stderr}`);
      try {
        const res = await fetch(`${this.base}/api/health`, { signal: AbortSignal.timeout(2_000) });
        if (res.status === 200) {
          this.startupMs.push(Date.now() - began);
          return;
        }
      } catch {
        // not listening yet
      }
      await sleep(25);
    }
    throw new Error(`instance on ${this.port} not healthy within ${timeoutMs} ms: ${this.stderr}`);
  }

  /** SIGKILL: no shutdown hook, no flush. */
  async kill(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGKILL');
    await this.exited;
    this.child = null;
    this.kills++;
  }

  /** SIGTERM, then SIGKILL after 15 s. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
    this.child = null;
  }
}

/** Several instances of one deployment, started together (the start-up race is part of the test). */
export async function startInstances(env: Record<string, string>, count: number): Promise<Instance[]> {
  const instances = await Promise.all(Array.from({ length: count }, () => Instance.create(env)));
  await Promise.all(instances.map((i) => i.start()));
  return instances;
}
