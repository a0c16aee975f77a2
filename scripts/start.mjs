// `npm start`: build what the product needs, then serve it. Until the API lands, it checks and
// simulates a shipped blueprint with the engine CLI so that a new user sees the engine work.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });

if (existsSync('api/package.json')) {
  run(
    'npx nx run-many -t build --projects=@frontstage/engine,@frontstage/editor,@frontstage/api --outputStyle=static',
  );
  run('node api/dist/main.js');
} else {
  run('npx nx run @frontstage/engine:build --outputStyle=static');
  run('node engine/dist/cli.js compile blueprints/shared-repair.json');
}
