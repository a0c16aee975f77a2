// Editor benchmark (a bench, not a timed test): opens a generated 500-step blueprint in the built
// designer in headless Chromium and prints time to first render, frames per second while dragging
// a step for 2 s, and the per-edit checking cost (edit + engine validate/compile + canvas mapping).
// Run: npx nx run @frontstage/editor:build && npx tsx test/bench/editor.bench.ts
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { compile } from '@frontstage/engine';
import { launchChromium } from '../browser/chromium.js';
import { generateBlueprint } from './generate.js';

const DIST = resolve(import.meta.dirname, '../../editor/dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const N = 500;

function serve(): Promise<{ url: string; close: () => void }> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('editor/dist missing: build the editor first');
  const server = createServer((req, res) => {
    const path = join(DIST, decodeURIComponent((req.url ?? '/').split('?')[0]!));
    const file = existsSync(path) && statSync(path).isFile() ? path : join(DIST, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, () =>
      ok({
        url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
        close: () => server.close(),
      }),
    ),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Per-edit checking: the designer runs the engine's compile (validate included) on every edit.
const blueprint = generateBlueprint(N);
const editTimes: number[] = [];
for (let i = 0; i < 41; i++) {
  const s = (i * 7) % N;
  const edited = {
    ...blueprint,
    steps: blueprint.steps.map((x, j) => (j === s ? { ...x, label: { ...x.label, en: `Edited ${i}` } } : x)),
  };
  const t0 = performance.now();
  compile(edited);
  editTimes.push(performance.now() - t0);
}

const { url, close } = await serve();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 940 } });
  await page.goto(url);
  await page.click('[data-locale=en]');
  await page.click('[data-action=offline]');
  await page.waitForSelector('.react-flow__node-step');
  const t0 = Date.now();
  await page.setInputFiles('[data-testid=import-file]', {
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(blueprint)),
  });
  await page.waitForSelector('.react-flow__node[data-id="s499"], .react-flow__node[data-id="s1"]');
  // Strings, not functions: tsx would wrap functions in helpers the page does not have.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const firstRender = Date.now() - t0;
  const step = page.locator('.react-flow__node-step').first();
  const box = (await step.boundingBox())!;
  await page.evaluate(
    'window.frames_ = 0; window.stop_ = false; (function tick() { window.frames_++; if (!window.stop_) requestAnimationFrame(tick); })()',
  );
  await page.mouse.move(box.x + 60, box.y + 20);
  await page.mouse.down();
  const start = Date.now();
  let i = 0;
  while (Date.now() - start < 2000) {
    i++;
    await page.mouse.move(box.x + 60 + (i % 200), box.y + 20 + Math.sin(i / 10) * 40);
  }
  const elapsed = (Date.now() - start) / 1000;
  const frames = Number(await page.evaluate('window.stop_ = true, window.frames_'));
  await page.mouse.up();
  const after = (await step.boundingBox())!;
  if (after.x === box.x && after.y === box.y)
    throw new Error('the drag did not move the step: the fps figure would be meaningless');
  // A whole edit in the page: palette click → engine check → canvas re-render, to the next frame.
  const roundTrips: number[] = [];
  for (let k = 0; k < 11; k++) {
    const t = Date.now();
    await page.click('[data-palette=task]');
    await page.evaluate('new Promise((r) => requestAnimationFrame(r))');
    roundTrips.push(Date.now() - t);
  }
  console.log(`editor benchmark (${N}-step blueprint, headless Chromium, Node ${process.version})`);
  console.log(`  open to first render            ${firstRender} ms (goal <= 1500 ms)`);
  console.log(
    `  drag frames per second          ${(frames / elapsed).toFixed(1)} fps over ${elapsed.toFixed(1)} s (goal >= 50)`,
  );
  console.log(
    `  validate + compile per edit     ${median(editTimes).toFixed(1)} ms median of ${editTimes.length} (goal <= 50 ms)`,
  );
  console.log(
    `  whole edit in the page          ${median(roundTrips)} ms median of ${roundTrips.length} (click → check → re-render → frame)`,
  );
} finally {
  await browser.close();
  close();
}
