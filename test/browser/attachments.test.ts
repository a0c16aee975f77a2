import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type RunningApi } from './api-server.js';
import { startBoth } from './chromium.js';
import { apiAs } from './console-helpers.js';

let api: RunningApi;
let browser: Browser;
let ticket = '';

describe('photos on the staff ticket page, in Chromium against the real API', () => {
  beforeAll(async () => {
    [api, browser] = await startBoth();
    ticket = (
      await (
        await apiAs(api.url, 'frontdesk')
      )<{ id: string }>('POST', '/tickets', { facts: { description: '厨房水管漏水' } })
    ).id;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('adds a photo with the file input, shows its thumbnail (zh-CN), and opens it full size', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${api.url}/console/tickets/${ticket}`);
    await page.click('[data-locale=zh-CN]');
    await page.fill('input[name=username]', 'frontdesk');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    const panel = page.locator('[data-testid=ticket-attachments]');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('暂无照片或文件');
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2277cc' } })
      .jpeg()
      .toBuffer();
    await panel
      .locator('input[type=file]')
      .setInputFiles({ name: 'leak.jpg', mimeType: 'image/jpeg', buffer: photo });
    const thumb = panel.locator('.attachment img');
    await thumb.waitFor();
    // Loaded from the API with the token: a real JPEG of at most 320 px.
    await expect
      .poll(() =>
        page.evaluate(
          "document.querySelector('[data-testid=ticket-attachments] .attachment img').naturalWidth",
        ),
      )
      .toBe(320);
    expect(await panel.innerText()).toContain('照片和文件');
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      panel.locator('.attachment-open').click(),
    ]);
    await expect.poll(() => tab.url()).toMatch(/^blob:/);
    const detail = await (
      await apiAs(api.url, 'auditor')
    )<{ attachments: { hash: string; width: number }[] }>('GET', `/tickets/${ticket}`);
    expect(detail.attachments).toMatchObject([{ width: 640 }]);
    await context.close();
  });
});
