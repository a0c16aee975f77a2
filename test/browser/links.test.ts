import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type RunningApi } from './api-server.js';
import { startBoth } from './chromium.js';
import { act, apiAs, signIn, waitForState } from './console-helpers.js';

let api: RunningApi;
let browser: Browser;
/** A complaint the supervisor has sent to engineering: the engineer's to propose a fix for. */
let complaint = '';

async function call(username: string, method: string, path: string, body?: unknown): Promise<{ id: string }> {
  return (await apiAs(api.url, username))<{ id: string }>(method, path, body);
}

/** A new browser (no cookie, no storage) at `path`, signing in there as `username`. */
async function arriveByLink(username: string, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${api.url}${path}`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', DEMO_PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('.app-header');
  return page;
}

const path = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;

describe('links that survive a reload, in Chromium against the real API', () => {
  beforeAll(async () => {
    [api, browser] = await startBoth();
    const ticket = await call('frontdesk', 'POST', '/tickets', {
      facts: { type: 'complaint', description: '保安态度差' },
    });
    complaint = ticket.id;
    await call('frontdesk', 'POST', `/tickets/${complaint}/events`, {
      type: 'REGISTERED',
      expectedVersion: 1,
      data: {
        complainant: '张三',
        complainedAt: '2026-11-30',
        content: '保安态度差',
        unit: '3-1-1201',
        phone: '13800000000',
      },
    });
    await call('supervisor', 'POST', `/tickets/${complaint}/events`, {
      type: 'JUDGED',
      expectedVersion: 2,
      data: { wellFounded: true },
    });
    await call('supervisor', 'POST', `/tickets/${complaint}/events`, {
      type: 'ASSIGNED',
      expectedVersion: 3,
      data: { department: 'engineering' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('opens the page a link names once the user has signed in', async () => {
    const page = await arriveByLink('auditor', `/audit/tickets/${complaint}`);
    await page.waitForSelector('[data-testid=ticket-audit]');
    expect(path(page)).toBe(`/audit/tickets/${complaint}`);
    await page.context().close();
  });

  it('opens a blueprint at a comparison of its versions, and keeps the address in step', async () => {
    const page = await arriveByLink('designer', '/designer/water-leak/versions/1/draft');
    await page.waitForSelector('[data-tab=versions][aria-selected=true]');
    expect(await page.inputValue('select[name=diff-a]')).toBe('1');
    // The comparison ran by itself: v1 against the draft it was published from.
    await page.waitForSelector('[data-action=clear-compare]');
    await page.click('[data-action=clear-compare]');
    await expect.poll(() => path(page)).toBe('/designer/water-leak/versions');
    await page.click('[data-tab=props]');
    await expect.poll(() => path(page)).toBe('/designer/water-leak');
    await page.reload();
    await page.waitForSelector('[data-tab=props][aria-selected=true]');
    expect(await page.inputValue('[data-testid=blueprint-picker]')).toBe('water-leak');
    await page.context().close();
  });

  it('keeps the page and the user on reload, with no token a script can read', async () => {
    const page = await signIn(browser, api.url, 'engineer');
    await page.goto(`${api.url}/console/tickets/${complaint}`);
    await page.waitForSelector(`.ticket-page[data-ticket-id="${complaint}"]`);
    await page.reload();
    await page.waitForSelector(`.ticket-page[data-ticket-id="${complaint}"]`);
    expect(path(page)).toBe(`/console/tickets/${complaint}`);
    expect(await page.textContent('.app-header .user')).toContain('engineer');
    // The session is an HttpOnly cookie: neither document.cookie nor storage holds anything to steal.
    // (Page scripts as strings: this project compiles without the DOM's types.)
    expect(await page.evaluate<string>('document.cookie')).not.toContain('frontstage_session');
    const stored = await page.evaluate<string>('JSON.stringify({ ...localStorage, ...sessionStorage })');
    expect(stored).not.toMatch(/eyJ|token/i);
    await page.context().close();
  });

  it('goes back and forward between the queue, a ticket and a search', async () => {
    const page = await signIn(browser, api.url, 'supervisor');
    expect(path(page)).toBe('/console');
    await page.click('[data-ws=audit]');
    await page.fill('input[name=audit-ticketId]', complaint);
    await page.click('[data-action=audit-search]');
    await expect.poll(() => path(page)).toBe(`/audit?ticketId=${complaint}`);
    await page.waitForSelector('[data-testid=audit-count]');
    const hits = await page.textContent('[data-testid=audit-count]');
    await page.click(`[data-open-ticket="${complaint}"] >> nth=0`);
    await page.waitForSelector('[data-testid=ticket-audit]');
    expect(path(page)).toBe(`/audit/tickets/${complaint}`);
    await page.goBack();
    await expect.poll(() => path(page)).toBe(`/audit?ticketId=${complaint}`);
    expect(await page.inputValue('input[name=audit-ticketId]')).toBe(complaint);
    expect(await page.textContent('[data-testid=audit-count]')).toBe(hits);
    await page.goForward();
    await page.waitForSelector('[data-testid=ticket-audit]');
    for (const before of [`/audit?ticketId=${complaint}`, '/audit', '/console']) {
      await page.goBack();
      await expect.poll(() => path(page)).toBe(before);
    }
    await page.waitForSelector('[data-testid=queue]');
    // The queue's filters are in the address too: a reload keeps them.
    await page.selectOption('select[name=filter-class]', 'general');
    await expect.poll(() => path(page)).toBe('/console?class=general');
    await page.reload();
    await page.waitForSelector('[data-testid=queue-summary]');
    expect(await page.inputValue('select[name=filter-class]')).toBe('general');
    await page.context().close();
  });

  it('says once that a ticket was handed on, and never asks for it again (no 404)', async () => {
    const page = await signIn(browser, api.url, 'engineer');
    const missing: string[] = [];
    page.on('response', (res: Response) => {
      if (res.status() === 404) missing.push(res.url());
    });
    await page.goto(`${api.url}/console/tickets/${complaint}`);
    await waitForState(page, 'propose_engineering');
    await act(page, 'PROPOSED', 'approve', { proposal: '更换值班保安并培训' });
    await page.waitForSelector('[data-testid=ticket-notice]');
    expect(await page.textContent('[data-testid=ticket-notice]')).toMatch(/Handed on|已移交/);
    // The supervisor sends the proposal back: the stream tells the engineer's console.
    await call('supervisor', 'POST', `/tickets/${complaint}/events`, {
      type: 'SENT_BACK',
      expectedVersion: 5,
      data: { sendBackReason: '方案不具体' },
    });
    // Sent back to engineering: the ticket is the engineer's again and comes back by itself.
    await waitForState(page, 'propose_engineering');
    expect(missing).toEqual([]);
    await page.context().close();
  });

  it('signs out for good: a reload after signing out asks for the password', async () => {
    const page = await signIn(browser, api.url, 'frontdesk');
    await page.click('[data-action=logout]');
    await page.waitForSelector('input[name=password]');
    await page.reload();
    await page.waitForSelector('input[name=password]');
    expect(await page.locator('.app-header').count()).toBe(0);
    await page.context().close();
  });
});
