// Rewrites every blueprints/*.json in canonical form: `npm run format:blueprints -w @frontstage/test`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatBlueprint } from './canonical.js';

const dir = fileURLToPath(new URL('../../blueprints/', import.meta.url));
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
  const path = `${dir}${name}`;
  const before = readFileSync(path, 'utf8');
  const after = formatBlueprint(JSON.parse(before));
  if (after !== before) {
    writeFileSync(path, after);
    process.stdout.write(`formatted ${name}\n`);
  }
}
