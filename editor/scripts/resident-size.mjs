// The resident pages' JavaScript must stay within 80 KB gzipped (issue #18: phones, WeChat's
// browser, mobile data). Reads the built resident.html, follows its script and every modulepreload
// it names (Vite lists the whole static import graph there), gzips each file at level 9 and sums.
// Fails when over the budget, or when a chunk of the staff app (React Flow, elk) is among them.
// Usage: npm run size:resident -w @frontstage/editor (builds first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 80 * 1024;
const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'resident.html'), 'utf8');
const files = [
  ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
].map((m) => m[1]);
if (files.length === 0) throw new Error('resident.html names no script: is the build broken?');
let total = 0;
const forbidden = [];
for (const file of new Set(files)) {
  const code = readFileSync(join(dist, file.replace(/^\//, '')));
  const gz = gzipSync(code, { level: 9 }).length;
  total += gz;
  const text = code.toString('utf8');
  if (/react-flow__|elkjs|ELK is not defined|xyflow/.test(text)) forbidden.push(file);
  console.log(`${file}  ${(code.length / 1024).toFixed(1)} KB raw  ${(gz / 1024).toFixed(1)} KB gzipped`);
}
console.log(`resident pages: ${(total / 1024).toFixed(1)} KB gzipped of ${BUDGET / 1024} KB`);
if (forbidden.length > 0) {
  console.error(`staff-app code in the resident pages: ${forbidden.join(', ')}`);
  process.exit(1);
}
if (total > BUDGET) {
  console.error('over budget');
  process.exit(1);
}
