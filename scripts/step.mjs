// One step of `npm start` (a build, then the server) as a child process that stops when we are told to.
import { spawn } from 'node:child_process';
import process from 'node:process';
import { clearInterval, setInterval } from 'node:timers';

/** The signals that stop `npm start`: Ctrl-C, a terminal closing, `kill`, a service manager's stop. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs `command` to its end and resolves; a failed step ends this process with its status.
 *
 * A stop signal sent to us is passed on, once (and a SIGTERM when we are orphaned), and we exit 0 when
 * the step has stopped (the API shuts down cleanly on it: no stack trace for that). The step runs in a
 * process group of its own, so a Ctrl-C, which the terminal sends to its whole foreground group,
 * reaches it only through us: a second signal during the API's shutdown would kill it halfway. And
 * without passing signals on, a `kill` of `npm start` (a service manager's stop) would leave the
 * server running on its port. No stdin: outside the terminal's foreground group, a read of it would
 * stop the step.
 */
export function runStep(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env, detached: true });
    let stopping = false;
    // To the step's whole group: a build's own children (tsc, vite under nx) stop with it.
    const pass = (signal) => {
      if (!stopping) process.kill(-child.pid, signal);
      stopping = true;
    };
    for (const signal of STOP_SIGNALS) process.on(signal, pass);
    // `kill` of npm's pid reaches the shell npm runs us in, which dies without passing it on: we are orphaned.
    const parent = process.ppid;
    const orphaned = setInterval(() => process.ppid !== parent && pass('SIGTERM'), 500);
    child.on('exit', (status, signal) => {
      clearInterval(orphaned);
      for (const s of STOP_SIGNALS) process.off(s, pass);
      if (STOP_SIGNALS.includes(signal)) process.exit(0);
      if (status !== 0) process.exit(status ?? 1);
      resolve();
    });
  });
}
