import Database from 'better-sqlite3';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from './api-server.js';
import { startBoth } from './chromium.js';
import { apiAs, signIn } from './console-helpers.js';
import { samplePng } from './resident-png.js';

const SHOTS = '/tmp/shots-resident';
const BLUEPRINT = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../blueprints/in-home-repair.json'), 'utf8'),
) as { steps: { id: string; lane: string; label: Record<string, string> }[] };
/** Every step behind the line of visibility, in both languages: none may ever be on a resident's page. */
const BACKSTAGE = BLUEPRINT.steps
  .filter((s) => s.lane === 'backstage' || s.lane === 'support')
  .flatMap((s) => [s.label['zh-CN']!, s.label.en!]);
/** Staff the resident never meets (the engineer who comes is named). */
const UNSEEN_STAFF = ['frontdesk', 'dispatcher', 'supervisor', 'manager'];

let api: RunningApi;
let browser: Browser;
let page: Page;
let resident: { phone: string };
let ticketId = '';
const pageTexts: string[] = [];

const bodyText = (p: Page) => p.evaluate('document.body.innerText') as Promise<string>;

/** Saves a screenshot and keeps the page's full text for the backstage check. */
async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  pageTexts.push(await bodyText(page));
}

async function staff(username: string, type: string, data?: Record<string, unknown>): Promise<void> {
  const call = await apiAs(api.url, username);
  const ticket = await call<{ version: number }>('GET', `/tickets/${ticketId}`);
  await call('POST', `/tickets/${ticketId}/events`, {
    type,
    expectedVersion: ticket.version,
    ...(data ? { data } : {}),
  });
}

/** Waits until the resident's page (without a reload) shows `text`. */
async function seen(text: string): Promise<void> {
  await expect.poll(() => bodyText(page), { timeout: 15_000 }).toContain(text);
}

describe('a resident reports, follows, confirms and rates on a phone, in Chromium against the real API', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // info: the demo sign-in code is written to the server log.
    [api, browser] = await startBoth({ logLevel: 'info' });
    const db = new Database(api.dbFile, { readonly: true });
    resident = db
      .prepare(
        `SELECT c.phone FROM customers c JOIN customer_units cu ON cu.customer_id = c.id
         WHERE cu.site_id = 'cuihu' AND c.phone LIKE '1%' ORDER BY c.phone LIMIT 1`,
      )
      .get() as { phone: string };
    db.close();
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('signs in with the code from the server log', async () => {
    await page.goto(`${api.url}/r/`);
    await page.waitForSelector('input[name=phone]');
    await shot('01-sign-in');
    await page.fill('input[name=phone]', resident.phone);
    await page.click('text=获取验证码');
    await seen('验证码已发送');
    const codes = [...api.log().matchAll(/resident sign-in code (\d{6})/g)];
    expect(codes.length).toBeGreaterThan(0);
    await page.fill('input[name=code]', codes[codes.length - 1]![1]!);
    await page.click('button[type=submit]');
    await page.waitForSelector('text=我要报修');
    await shot('02-home');
  });

  it("reports '厨房水管漏水' with a photo and sees the class and the promised time", async () => {
    await page.click('text=我要报修');
    await page.waitForSelector('textarea[name=description]');
    await page.fill('textarea[name=description]', '厨房水管漏水');
    await page.fill('input[name=preferredTime]', '今晚7点后');
    await page.setInputFiles('input[name=photos]', {
      name: 'leak.png',
      mimeType: 'image/png',
      buffer: samplePng(),
    });
    await page.waitForSelector('img.r-thumb');
    await shot('03-report');
    await page.click('button[type=submit]');
    await page.waitForSelector('.r-follow');
    ticketId = (await page.getAttribute('.r-follow', 'data-ticket'))!;
    await seen('预计15分钟内联系您');
    await seen('特约服务');
    await page.waitForSelector('.r-card img.r-thumb');
    await shot('04-follow-received');
  });

  it('shows the quote live, and takes consent', async () => {
    await staff('frontdesk', 'RECORDED', { description: '厨房水管漏水', unit: '3-1', phone: resident.phone });
    await staff('engineer', 'QUOTED', { quoteAmount: 120 });
    await page.waitForSelector('.r-quote');
    await seen('¥120.00');
    await shot('05-quote');
    await page.check('input[name=consent]');
    await page.click('text=同意报价并确认');
    await page.waitForSelector('.r-quote', { state: 'detached' });
  });

  it("watches the engineer's visit appear live, then confirms", async () => {
    await staff('frontdesk', 'ORDER_CONFIRMED');
    await seen('正在为您安排');
    await staff('dispatcher', 'SCHEDULED', { provider: 'in_house', appointment: '2026-12-04' });
    await seen('上门维修');
    await staff('engineer', 'WORK_DONE');
    await seen('客户验收');
    await seen('engineer（维修工程师）');
    await shot('06-visit-done');
    await page.click('text=确认已完成');
    await seen('收费开票');
  });

  it('rates 2 stars with a reason, and the ticket reopens per the blueprint', async () => {
    await staff('frontdesk', 'PAID', { amountPaid: 120, receiptNo: 'R-0001' });
    await page.waitForSelector('.r-rate');
    await page.click('[aria-label="2星"]');
    await page.click('text=师傅迟到');
    await page.fill('textarea[name=comment]', '水管接口还在滴水');
    await shot('07-rate');
    await page.click('text=提交评价');
    await seen('免费返修');
    await shot('08-reopened');
    const ticket = await (
      await apiAs(api.url, 'supervisor')
    )<{ state: string; data: Record<string, unknown> }>('GET', `/tickets/${ticketId}`);
    expect(ticket.state).toBe('rework');
    expect(ticket.data).toMatchObject({ satisfaction: 2, comments: '师傅迟到；水管接口还在滴水' });
  });

  it('never shows a backstage or support step, or staff the resident does not meet, on any page', async () => {
    await page.click('text=‹ 返回');
    await page.waitForSelector('.r-ticket');
    await shot('09-list');
    expect(pageTexts.length).toBe(9);
    for (const text of pageTexts) {
      for (const label of BACKSTAGE) expect(text).not.toContain(label);
      for (const name of UNSEEN_STAFF) expect(text).not.toContain(name);
    }
  });

  it("gives a caller who phoned a tracking link from the front desk's ticket page, granting only that ticket", async () => {
    const desk = await signIn(browser, api.url, 'frontdesk');
    await desk.goto(`${api.url}/console/tickets/${ticketId}`);
    await desk.click('[data-testid=tracking-link] >> text=Make a link');
    const url = await desk.inputValue('[data-testid=tracking-link] input');
    expect(url).toMatch(/\/r\/t\/[A-Za-z0-9_-]{32}$/);
    await desk.context().close();
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      locale: 'zh-CN',
    });
    page = await phone.newPage();
    await page.goto(`${api.url}${new URL(url).pathname}`);
    await page.waitForSelector('.r-follow');
    expect(await page.getAttribute('.r-follow', 'data-ticket')).toBe(ticketId);
    await seen('免费返修');
    await shot('10-tracking-link');
    for (const label of BACKSTAGE) expect(pageTexts[pageTexts.length - 1]).not.toContain(label);
  });
});
