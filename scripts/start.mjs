// `npm start`: build what the product needs (engine, editor, API), then serve it (PORT, default 3000).
import process from 'node:process';
import { runStep } from './step.mjs';

const env = { ...process.env, NX_DAEMON: 'false' };

await runStep(
  'npx',
  [
    'nx',
    'run-many',
    '-t',
    'build',
    '--projects=@frontstage/engine,@frontstage/editor,@frontstage/api',
    '--outputStyle=static',
  ],
  env,
);
await runStep(process.execPath, ['api/dist/main.js'], env);
