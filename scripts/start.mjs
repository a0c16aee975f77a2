// `npm start`: build what the product needs (engine, editor, API), then serve it (PORT, default 3000).
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const env = { ...process.env, NX_DAEMON: 'false' };

/** Runs a step; a failed one ends `npm start` with its status. */
function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  // Ctrl-C or a SIGTERM: the API has already shut down cleanly; no stack trace for that.
  if (result.signal === 'SIGINT' || result.signal === 'SIGTERM') process.exit(0);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', [
  'nx',
  'run-many',
  '-t',
  'build',
  '--projects=@frontstage/engine,@frontstage/editor,@frontstage/api',
  '--outputStyle=static',
]);
run(process.execPath, ['api/dist/main.js']);
