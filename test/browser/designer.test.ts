import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBlueprint } from '../bench/generate.js';
import { DEMO_PASSWORD, type RunningApi } from './api-server.js';
import { startBoth } from './chromium.js';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

let api: RunningApi;
let browser: Browser;
let page: Page;

const errorCount = async () =>
  Number((await page.textContent('[data-testid=error-count]'))?.match(/\d+/)?.[0]);

async function connect(from: string, to: string) {
  const source = page.locator(`.react-flow__node[data-id="${from}"] .react-flow__handle.source`);
  const target = page.locator(`.react-flow__node[data-id="${to}"] .react-flow__handle.target`);
  const a = (await source.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Fills the data an event asks for with acceptable values (a satisfied customer, 5 of 5). */
async function fillAndSend(event: ReturnType<Page['locator']>) {
  const sample: Record<string, string> = { tel: '13800138000', date: '2026-11-24', text: 'browser test' };
  for (const input of await event.locator('input').all()) {
    const type = (await input.getAttribute('type')) ?? 'text';
    await input.fill(
      type === 'number' ? ((await input.getAttribute('max')) ?? '5') : (sample[type] ?? 'browser test'),
    );
  }
  for (const area of await event.locator('textarea').all()) await area.fill('browser test');
  for (const select of await event.locator('select').all()) {
    const values = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value).filter(Boolean));
    await select.selectOption(values.includes('true') ? 'true' : values[0]!);
  }
  await event.locator('button[data-event]').click();
}

describe('the blueprint designer in Chromium, against the real API', () => {
  // One server and one browser for the file, started side by side; the tests are one story on one
  // database (each builds on the state the last one left), so data is never reset between them.
  beforeAll(async () => {
    [api, browser] = await startBoth();
    page = await browser.newPage({ viewport: { width: 1600, height: 940 } });
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('signs in as a designer and opens a shipped blueprint on five lanes', async () => {
    await page.goto(api.url);
    await page.click('[data-locale=en]');
    await page.fill('input[name=username]', 'designer');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    const key = api.keys.includes('shared-repair') ? 'shared-repair' : 'sample-repair';
    expect(api.keys).toContain(key);
    await page.selectOption('[data-testid=blueprint-picker]', key);
    await page.waitForSelector('.react-flow__node-step');
    expect(await page.locator('.react-flow__node-lane').count()).toBe(5);
    expect(await page.textContent('.lane-frontstage')).toContain('Line of interaction');
    expect(await errorCount()).toBe(0);
  });

  it('adds a task in the back-stage lane, sees it diagnosed, connects it and sees the diagnostic go', async () => {
    // The whole blueprint on screen, so every handle can be reached with the mouse.
    await page.keyboard.press('f');
    await page.waitForTimeout(400);
    const before = await page.locator('.react-flow__node-step').count();
    const lane = (await page.locator('.lane-backstage').boundingBox())!;
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    // Right of the steps, but clear of the minimap (its handles must stay reachable with the mouse).
    const minimap = await page.locator('.react-flow__minimap').boundingBox();
    const right = Math.min(pane.x + pane.width - 260, minimap ? minimap.x - 120 : Infinity);
    const x = Math.min(lane.x + lane.width - 80, right) - pane.x;
    await page.locator('[data-palette=task]').dragTo(page.locator('.react-flow__pane'), {
      targetPosition: { x, y: lane.y + lane.height / 2 - pane.y },
    });
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(before + 1);
    const added = page.locator('.react-flow__node-step').last();
    const id = (await added.getAttribute('data-id'))!;
    expect(await added.getAttribute('data-id')).toMatch(/^task/);
    expect(
      await page
        .locator(`.react-flow__node[data-id="${id}"]`)
        .evaluate((n) => n.parentElement?.querySelector('.lane-backstage') !== null),
    ).toBe(true);
    expect(await errorCount()).toBeGreaterThan(0);
    await page.waitForSelector(`.react-flow__node[data-id="${id}"] .step.has-error`);
    const firstTask = (await page
      .locator('.react-flow__node-step:has(.step-task)')
      .first()
      .getAttribute('data-id'))!;
    const end = (await page
      .locator('.react-flow__node-step:has(.step-end)')
      .first()
      .getAttribute('data-id'))!;
    await connect(firstTask, id);
    await connect(id, end);
    await expect.poll(errorCount).toBe(0);
    expect(await page.locator(`.react-flow__node[data-id="${id}"] .step.has-error`).count()).toBe(0);
  });

  it('moves the new task across the line of internal interaction into the support lane by dragging', async () => {
    const id = (await page.locator('.react-flow__node-step').last().getAttribute('data-id'))!;
    const node = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
    const support = (await page.locator('.lane-support').boundingBox())!;
    await page.mouse.move(node.x + node.width / 2, node.y + 12);
    await page.mouse.down();
    await page.mouse.move(node.x + node.width / 2 + 7, support.y + support.height / 2, { steps: 15 });
    await page.mouse.up();
    await page.click(`.react-flow__node[data-id="${id}"]`);
    await expect.poll(() => page.inputValue('[data-props-step] select[name=lane]')).toBe('support');
    // Lanes fit their content, so the support lane may have moved up as the back-stage lane shrank.
    const moved = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
    const lane = (await page.locator('.lane-support').boundingBox())!;
    expect(moved.y).toBeGreaterThan(lane.y);
    expect(moved.y + moved.height).toBeLessThanOrEqual(lane.y + lane.height + 1);
  });

  it('exports the blueprint as a PNG picture', async () => {
    await page.click('[data-action=export]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export=png]')]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await download.saveAs(join(ARTIFACTS, 'designer-export.png'));
  });

  it('simulates a ticket to the end, jumping the clock on the way', async () => {
    await page.click('[data-tab=sim]');
    // The starting facts are asked for as intake asks for them, by the ruleset's declarations.
    await page.click('[data-testid=sim-facts] [data-fact=waterFlowing] [data-value=no]');
    await page.click('[data-action=sim-start]');
    expect(await page.textContent('[data-testid=sim-started-facts]')).toContain('Water flowing No');
    let jumped = false;
    for (let i = 0; i < 40; i++) {
      if ((await page.textContent('.sim-now'))?.includes('closed')) break;
      if (!jumped && (await page.locator('[data-action=sim-jump]:not([disabled])').count())) {
        await page.click('[data-action=sim-jump]');
        jumped = true;
        continue;
      }
      const mine = page.locator('.sim-event:not(.not-mine)');
      expect(await mine.count()).toBeGreaterThan(0);
      await fillAndSend(mine.first());
    }
    expect(await page.textContent('.sim-now')).toContain('The ticket is closed');
    expect(await page.locator('.step.sim-visited').count()).toBeGreaterThan(2);
    await page.screenshot({ path: join(ARTIFACTS, 'designer-simulated.png') });
  });

  it('publishes the edited blueprint as a new version, with its change note', async () => {
    // A time standard entered with the duration picker: 45 minutes, stored as PT45M.
    const firstTask = (await page
      .locator('.react-flow__node-step:has(.step-task)')
      .first()
      .getAttribute('data-id'))!;
    await page.click('[data-tab=props]');
    await page.click(`.react-flow__node[data-id="${firstTask}"]`);
    await page.fill('[data-props-step] input[name=duration-amount]', '45');
    await page.press('[data-props-step] input[name=duration-amount]', 'Enter');
    await page.selectOption('[data-props-step] select[name=duration-unit]', 'minutes');
    await expect.poll(() => page.inputValue('[data-props-step] select[name=duration-unit]')).toBe('minutes');
    await page.click('[data-action=publish]');
    // The note is asked for first: publishing without one is not offered.
    expect(await page.isDisabled('[data-action=confirm-publish]')).toBe(true);
    await page.fill('textarea[name=publish-note]', 'Adds the inspection step after the repair');
    await page.click('[data-action=confirm-publish]');
    await page.waitForSelector('.toolbar-status:has-text("Published version")');
    await page.click('[data-tab=versions]');
    await expect.poll(() => page.textContent('[data-testid=latest-version]')).toMatch(/v[2-9]/);
    expect(await page.textContent('[data-testid=version-list] li >> nth=0')).toContain(
      'Adds the inspection step after the repair',
    );
    await page.selectOption('select[name=diff-a]', '1');
    await page.selectOption('select[name=diff-b]', '0');
    await page.click('[data-action=compare]');
    await page.waitForSelector('.step.diff-added');
    await page.screenshot({ path: join(ARTIFACTS, 'designer-published-diff.png') });
  });

  it('lists the versions and draws the newest one read-only against the first', async () => {
    const latest = (await page.textContent('[data-testid=latest-version]'))!.replace('v', '');
    expect(await page.locator('[data-testid=version-list] li').count()).toBe(Number(latest));
    const before = await page.locator('.react-flow__node-step').count();
    await page.selectOption('select[name=diff-a]', '1');
    await page.selectOption('select[name=diff-b]', latest);
    await page.click('[data-action=compare]');
    await page.waitForSelector('[data-testid=version-view]');
    // The task added in this session is in the published version, marked as added.
    expect(await page.locator('.step.diff-added').count()).toBeGreaterThan(0);
    // The time standard changed with the picker is listed field by field, in words, and its entry
    // highlights the step on the version drawn.
    const entry = page.locator('[data-testid=diff-list] li[data-field="timeStandard.duration"]').first();
    expect(await entry.textContent()).toContain('45 minutes');
    const stepId = (await entry.locator('button').getAttribute('data-step'))!;
    await entry.locator('button').click();
    await page.waitForSelector(`.react-flow__node[data-id="${stepId}"] .step.is-selected`);
    expect(await page.locator('[data-palette=task]').isDisabled()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'designer-version-view.png') });
    await page.click('[data-action=back-to-draft]');
    await expect.poll(() => page.locator('[data-testid=version-view]').count()).toBe(0);
    expect(await page.locator('.react-flow__node-step').count()).toBe(before);
  });

  it('switches the whole designer to Chinese', async () => {
    await page.click('[data-locale=zh-CN]');
    await page.click('[data-tab=props]');
    expect(await page.textContent('.lane-backstage')).toContain('后台员工行为');
    expect(await page.textContent('.lane-backstage')).toContain('可视分界线');
    expect(await page.textContent('.toolbar')).toContain('发布');
    await page.screenshot({ path: join(ARTIFACTS, 'designer-zh.png') });
  });

  // Over 300 nodes the canvas draws only what is on screen. Evidence items are nodes too, and
  // cheap ones: html-to-image takes milliseconds per element, so 60 steps with four items each
  // cross the line at a fraction of the time 300 steps would take.
  it('exports every step of a big blueprint, including those off screen', { timeout: 180_000 }, async () => {
    const generated = generateBlueprint(60);
    const big = {
      ...generated,
      steps: generated.steps.map((s) => ({
        ...s,
        evidence: [1, 2, 3, 4].map((k) => ({
          id: `e${k}`,
          label: { 'zh-CN': `凭证 ${k}`, en: `Item ${k}` },
        })),
      })),
    };
    await page.setInputFiles('[data-testid=import-file]', {
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(big)),
    });
    await page.waitForSelector('.react-flow__node[data-id="s0"]');
    const steps = big.steps.length;
    expect(await page.locator('.react-flow__node-step').count()).toBeLessThan(steps);
    await page.click('[data-action=export]');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 150_000 }),
      // The click waits for the export it starts: as long as the download may take, not 30 s.
      page.click('[data-export=svg]', { timeout: 150_000 }),
    ]);
    const file = join(ARTIFACTS, 'designer-export-big.svg');
    await download.saveAs(file);
    const svg = readFileSync(file, 'utf8');
    expect(new Set(svg.match(/data-id="s\d+"/g)).size).toBe(steps);
    expect(new Set(svg.match(/data-id="evidence:s\d+:e\d"/g)).size).toBe(steps * 4);
    // Back to drawing only what is on screen once the picture is taken.
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBeLessThan(steps);
  });
});
