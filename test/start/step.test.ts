// `npm start`'s steps (scripts/step.mjs) with real processes: a stop signal reaches the server once,
// and `npm start` ends when the server has stopped, not before and not without it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const STEP = resolve(import.meta.dirname, '../../scripts/step.mjs');

/** A stand-in for the API: prints its pid, counts stop signals, and on the first shuts down like Nest (re-raising it). */
const SERVER = `
let signals = 0;
const stop = (signal) => {
  signals += 1;
  console.log('signal ' + signals);
  if (signals > 1) return;
  setTimeout(() => { console.log('clean shutdown'); process.removeAllListeners(signal); process.kill(process.pid, signal); }, 200);
};
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, stop);
console.log('ready ' + process.pid);
setInterval(() => {}, 1000);
`;

/** Everything a test started, killed after it whatever its outcome: a failed test must not leave servers running. */
const started: { parent: ChildProcess; output: () => string }[] = [];
afterEach(() => {
  for (const { parent, output } of started.splice(0)) {
    const server = /ready (\d+)/.exec(output())?.[1];
    for (const group of [parent.pid, Number(server)])
      try {
        if (group) process.kill(-group, 'SIGKILL');
      } catch {
        // already gone
      }
  }
});

/** `npm start` reduced to one step running `script`; in a process group of its own, like a terminal's job. */
function start(
  script: string,
  through = '',
): {
  parent: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-step-'));
  writeFileSync(join(dir, 'server.cjs'), script);
  const main = `import { runStep } from ${JSON.stringify(STEP)};
await runStep(process.execPath, [${JSON.stringify(join(dir, 'server.cjs'))}]);
console.log('after the step');`;
  // Through a shell that stays between (`; true`: no exec of the last command), as npm runs scripts.
  const parent = through
    ? spawn(through, ['-c', '"$0" --input-type=module -e "$1"; true', process.execPath, main], {
        detached: true,
      })
    : spawn(process.execPath, ['--input-type=module', '-e', main], { detached: true });
  let out = '';
  parent.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((done) => parent.once('exit', (code) => done(code)));
  started.push({ parent, output: () => out });
  return { parent, output: () => out, exited };
}

/** Waits for `check` to hold; the deadline only catches a hang (a busy machine may take seconds to start a process). */
async function until(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  expect(check()).toBe(true);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start steps', () => {
  it('passes a SIGTERM sent to npm start on to the server, and exits 0 once it has shut down', async () => {
    const run = start(SERVER);
    await until(() => run.output().includes('ready'));
    const server = Number(/ready (\d+)/.exec(run.output())![1]);
    run.parent.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('signal 1\nclean shutdown');
    expect(run.output()).not.toContain('after the step');
    expect(alive(server)).toBe(false);
  });

  it("gives the server a terminal's Ctrl-C (sent to the whole group) exactly once", async () => {
    const run = start(SERVER);
    await until(() => run.output().includes('ready'));
    process.kill(-run.parent.pid!, 'SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('clean shutdown');
    expect(run.output()).not.toContain('signal 2');
  });

  it('stops the server when npm start is orphaned (a kill of npm reaches only the shell it runs us in)', async () => {
    const run = start(SERVER, '/bin/sh');
    await until(() => run.output().includes('ready'));
    const server = Number(/ready (\d+)/.exec(run.output())![1]);
    run.parent.kill('SIGKILL');
    await until(() => run.output().includes('clean shutdown') && !alive(server));
    expect(run.output()).not.toContain('signal 2');
  });

  it('stops the whole step, children included (a build under nx)', async () => {
    const parentOfChild = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
console.log('child ' + child.pid);
${SERVER}`;
    const run = start(parentOfChild);
    await until(() => /child \d+/.test(run.output()) && run.output().includes('ready'));
    const grandchild = Number(/child (\d+)/.exec(run.output())![1]);
    run.parent.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    await until(() => !alive(grandchild));
  });

  it("ends with a failed step's status", async () => {
    const run = start("console.log('ready'); process.exit(3);");
    expect(await run.exited).toBe(3);
  });

  it('goes on after a step that succeeded', async () => {
    const run = start("console.log('built');");
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('built\nafter the step');
  });
});
