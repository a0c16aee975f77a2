import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from './api-server.js';
import { startBoth } from './chromium.js';
import { signIn } from './console-helpers.js';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

let api: RunningApi;
let browser: Browser;

describe('intake reads the caller’s words, in Chromium (zh-CN)', () => {
  beforeAll(async () => {
    [api, browser] = await startBoth();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('suggests facts from the description, asks 正在跑水？ first, and the answer makes it an emergency', async () => {
    const desk = await signIn(browser, api.url, 'frontdesk');
    await desk.click('[data-locale=zh-CN]');
    await desk.click('[data-view=intake]');
    await desk.fill('textarea[name=intake-description]', '3栋1202天花板漏水，水一直往下滴');

    // What the words suggest, as chips to confirm: nothing is set until the desk clicks.
    const chips = desk.locator('[data-testid=intake-suggestions]');
    await chips.locator('[data-suggest=inHome]').waitFor();
    expect(await chips.locator('[data-suggest=inHome]').textContent()).toContain('户内: 是');
    expect(await chips.locator('[data-suggest=type]').textContent()).toContain('维修');
    expect(await desk.getAttribute('[data-fact=inHome] [data-value=unknown]', 'aria-pressed')).toBe('true');

    // The deciding question, first among the facts to ask.
    const question = desk.locator('[data-testid=deciding-question]');
    expect(await question.textContent()).toContain('正在跑水？');
    expect(await question.textContent()).toContain('是：紧急委托 · 跑水/爆管应急');

    // From the words alone, a leak inside a flat is an in-home repair.
    const preview = desk.locator('[data-testid=intake-classification]');
    await expect.poll(() => preview.getAttribute('data-class'), { timeout: 15_000 }).toBe('special');
    expect(await preview.locator('[data-blueprint]').getAttribute('data-blueprint')).toBe('in-home-repair');

    mkdirSync(ARTIFACTS, { recursive: true });
    await desk.screenshot({ path: join(ARTIFACTS, 'intake-suggestions-zh.png'), fullPage: true });
    await chips.locator('[data-suggest=inHome]').click();
    expect(await desk.getAttribute('[data-fact=inHome] [data-value=yes]', 'aria-pressed')).toBe('true');
    await question.locator('[data-answer=yes]').click();
    expect(await desk.getAttribute('[data-fact=waterFlowing] [data-value=yes]', 'aria-pressed')).toBe('true');

    await expect.poll(() => preview.getAttribute('data-class'), { timeout: 15_000 }).toBe('emergency');
    expect(await preview.locator('[data-blueprint]').getAttribute('data-blueprint')).toBe('water-leak');
    expect(await desk.textContent('[data-testid=emergency-banner]')).toContain('紧急');
    expect(await desk.locator('[data-testid=deciding-question]').count()).toBe(0);
    await desk.screenshot({ path: join(ARTIFACTS, 'intake-deciding-question-zh.png'), fullPage: true });
  });
});
