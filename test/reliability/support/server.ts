import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './db.js';

const MAIN = join(ROOT, 'api/dist/main.js');
export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

export const freePort = () =>
  new Promise<number>((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });

/** `node api/dist/main.js` as a child process, on one port and one database, killed and started again at will. */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private stderr = '';
  starts = 0;
  kills = 0;
  /** Milliseconds from spawn to the first healthy answer, per start. */
  readonly startupMs: number[] = [];

  constructor(
    private readonly env: Record<string, string>,
    readonly port: number,
  ) {}

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /**
   * Starts the server and waits until it is healthy (the limit only catches a hang: under CPU load a
   * start takes ~55 s). A start that dies of a half-written build
   * (another build rewriting dist/ meanwhile; never in CI) is tried again; any other death is an error.
   */
  async start(timeoutMs = 180_000): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.startOnce(timeoutMs);
      } catch (error) {
        if (attempt >= 5 || !/SyntaxError|ERR_MODULE_NOT_FOUND|Cannot find module/.test(String(error)))
          throw error;
        this.buildRaces++;
        await sleep(5_000);
      }
    }
  }

  /** Starts that died because dist/ was being rebuilt underneath them. */
  buildRaces = 0;

  private async startOnce(timeoutMs: number): Promise<void> {
    const began = Date.now();
    const child = spawn(process.execPath, [MAIN], {
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
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    let gone = false;
    this.exited = new Promise<void>((ok) => child.once('exit', () => ((gone = true), ok())));
    this.child = child;
    while (Date.now() - began < timeoutMs) {
      if (gone) throw new Error(`API exited during start (code ${child.exitCode}): ${this.stderr}`);
      try {
        const res = await fetch(`${this.base}/api/health`, { signal: AbortSignal.timeout(2000) });
        if (res.status === 200) {
          this.startupMs.push(Date.now() - began);
          this.starts++;
          return;
        }
      } catch {
        // not listening yet
      }
      await sleep(25);
    }
    throw new Error(`API did not become healthy within ${timeoutMs} ms: ${this.stderr}`);
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye. */
  async kill(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGKILL');
    await this.exited;
    this.child = null;
    this.kills++;
  }

  /** SIGTERM and wait (SIGKILL after 20 s). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await this.exited;
    clearTimeout(timer);
    this.child = null;
  }

  /** What the last process wrote on stderr (for failure messages). */
  get lastStderr(): string {
    return this.stderr;
  }
}
