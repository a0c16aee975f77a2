import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type RunningApi } from './api-server.js';
import { startBoth } from './chromium.js';
import { signIn } from './console-helpers.js';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

let api: RunningApi;

/** What the stream check keeps in the page: the ticket ids of the changes the page's stream delivered. */
interface PageGlobals {
  seen: string[];
  EventSource: new (url: string) => {
    addEventListener(kind: string, listener: (event: { data: string }) => void): void;
  };
}
let browser: Browser;

async function as(username: string) {
  const res = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const token = ((await res.json()) as { token: string }).token;
  return async (method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${api.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return {
      status: answer.status,
      body: (await answer.json().catch(() => null)) as Record<string, unknown>,
    };
  };
}

/**
 * Records a request through the API, as the front desk did last week: the unit found by its
 * address in the site's search, reported by the unit's first occupant.
 */
async function report(username: string, site: string, address: string, type: string, description: string) {
  const call = await as(username);
  const hits = await call('GET', `/api/sites/${site}/locations?q=${encodeURIComponent(address)}`);
  const hit = (
    hits.body.items as { kind: string; unit: { id: string }; occupants: { customer: { id: string } }[] }[]
  )[0]!;
  expect(hit.kind).toBe('unit');
  const customerId = hit.occupants[0]?.customer.id;
  const made = await call('POST', '/api/tickets', {
    site,
    unitId: hit.unit.id,
    customerId,
    facts: { type, description },
  });
  expect(made.status).toBe(201);
  return made.body as { id: string; customerId: string | null };
}

describe('the estate in Chromium: a unit picked by typing, its history, and sites kept apart', () => {
  beforeAll(async () => {
    [api, browser] = await startBoth();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it("lets the front desk pick 3-2-1101 by typing, and shows the owner's earlier request and the repeat fault", async () => {
    const earlier = await report('frontdesk', 'cuihu', '3栋2单元1101', 'repair', 'Kitchen tap drips');
    expect(earlier.customerId).not.toBeNull();
    const desk = await signIn(browser, api.url, 'frontdesk');
    await desk.click('[data-view=intake]');
    await desk.fill('input[name=intake-place]', '3-2-1101');
    const hit = desk.locator('[role=option][data-hit=unit]').first();
    await hit.waitFor();
    expect(await hit.textContent()).toContain('3-2-1101');
    await desk.keyboard.press('Enter');
    await desk.waitForSelector('[data-testid=picked-place][data-kind=unit]');
    expect(await desk.textContent('[data-testid=picked-place]')).toContain('3-2-1101');
    // The owner is proposed as the caller, with the phone as the front desk may see it.
    await desk.waitForSelector('[data-testid=caller] .customer-card');
    await desk.fill('textarea[name=intake-description]', 'Kitchen tap drips again');
    await desk.selectOption('select[name=intake-type]', 'repair');
    await desk.screenshot({ path: join(ARTIFACTS, 'estate-intake.png') });
    await desk.click('[data-action=save-ticket]');
    await desk.waitForSelector('.ticket-page[data-ticket-id]');
    const ticketId = (await desk.getAttribute('.ticket-page', 'data-ticket-id'))!;
    expect(ticketId).not.toBe(earlier.id);
    expect(await desk.textContent('[data-testid=ticket-location]')).toContain('3-2-1101');
    const history = desk.locator(`[data-testid=customer-history] [data-open-ticket="${earlier.id}"]`);
    await history.waitFor();
    const flag = desk.locator('[data-testid=repeat-flag]');
    await flag.waitFor();
    expect(await flag.getAttribute('data-earlier')).toBe('1');
    expect(await flag.locator(`[data-open-ticket="${earlier.id}"]`).count()).toBe(1);
    await desk.screenshot({ path: join(ARTIFACTS, 'estate-ticket-repeat.png') });
    // Linked both ways: the earlier ticket names the new one as its later repeat.
    await flag.locator(`[data-open-ticket="${earlier.id}"]`).click();
    await desk.waitForSelector(`.ticket-page[data-ticket-id="${earlier.id}"]`);
    await desk.waitForSelector(`[data-testid=repeat-later] [data-open-ticket="${ticketId}"]`);
  });

  it('derives inside-a-home and recent complaints at intake in zh-CN, and lists the site’s corridors and roofs', async () => {
    await report('frontdesk', 'cuihu', '5栋1单元1201', 'complaint', '投诉：楼上装修太吵');
    const desk = await signIn(browser, api.url, 'frontdesk');
    await desk.click('[data-locale=zh-CN]');
    await desk.click('[data-view=intake]');
    // The location list is the site's: its common areas' kinds, in the page language.
    const labels = async () =>
      desk.locator('select[name=intake-location] option').evaluateAll((os) => os.map((o) => o.textContent));
    await expect.poll(labels).toContain('屋顶');
    expect(await labels()).toEqual(
      expect.arrayContaining(['户内', '走廊/楼道', '屋顶', '地下车库', '消防楼梯']),
    );
    await desk.fill('input[name=intake-place]', '5-1-1201');
    await desk.locator('[role=option][data-hit=unit]').first().waitFor();
    await desk.keyboard.press('Enter');
    await desk.waitForSelector('[data-testid=picked-place][data-kind=unit]');
    await desk.fill('textarea[name=intake-description]', '卫生间灯坏了，请上门维修');
    await desk.selectOption('select[name=intake-type]', 'repair');
    // A room number: inside a home, derived and said so; the one complaint of the unit is counted.
    const inHome = desk.locator('[data-derived=inHome]');
    await inHome.waitFor();
    expect(await inHome.textContent()).toContain('户内：房号 5-1-1201');
    expect(await inHome.getAttribute('data-derived-value')).toBe('true');
    await expect
      .poll(() => desk.textContent('[data-derived=previousComplaints]'))
      .toContain('近 90 天投诉 1 次（同一客户、同一房屋）');
    expect(await desk.inputValue('select[name=intake-location]')).toBe('home');
    await expect
      .poll(() => desk.getAttribute('[data-testid=intake-classification]', 'data-class'))
      .toBe('special');
    await desk.screenshot({ path: join(ARTIFACTS, 'estate-intake-derived.png') });
    await desk.click('[data-action=save-ticket]');
    await desk.waitForSelector('.ticket-page[data-ticket-id]');
    const ticketId = (await desk.getAttribute('.ticket-page', 'data-ticket-id'))!;
    const stored = await (await as('frontdesk'))('GET', `/api/tickets/${ticketId}`);
    expect(stored.body).toMatchObject({ class: 'special', blueprint: { key: 'in-home-repair' } });
  });

  it("never shows a site A engineer site B's tickets: not in the queue, the stream, a link or a search", async () => {
    const engineer = await signIn(browser, api.url, 'engineer');
    await engineer.click('[data-view=queue]');
    await engineer.waitForSelector('[data-testid=live][data-live=true]');
    const engineerCall = await as('engineer');
    // The raw stream as the page receives it, beside the live queue that reads it.
    const token = (
      (await (
        await fetch(`${api.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'engineer', password: DEMO_PASSWORD }),
        })
      ).json()) as { token: string }
    ).token;
    // Runs in the page (this project's types have no DOM): the page's own EventSource.
    await engineer.evaluate((t) => {
      const page = globalThis as unknown as PageGlobals;
      page.seen = [];
      const source = new page.EventSource(`/api/stream?access_token=${t}`);
      for (const kind of ['ticket.created', 'ticket.updated'])
        source.addEventListener(kind, (e) =>
          page.seen.push((JSON.parse(e.data) as { ticketId: string }).ticketId),
        );
    }, token);
    // Site B reports a repair for engineering while site A's engineer watches, then site A does.
    const foreign = await report('keyuan.frontdesk', 'keyuan', 'A-0301', 'repair', '科苑 A座 空调不制冷');
    const own = await report('frontdesk', 'cuihu', '5-1-502', 'repair', '翠湖苑 5栋 灯不亮');
    // The own site's repair arrives live (so the stream was delivering); site B's never did.
    await engineer.waitForSelector(`.queue-item[data-ticket="${own.id}"]`);
    await expect
      .poll(() => engineer.evaluate(() => (globalThis as unknown as PageGlobals).seen))
      .toContain(own.id);
    expect(await engineer.evaluate(() => (globalThis as unknown as PageGlobals).seen)).not.toContain(
      foreign.id,
    );
    expect(await engineer.locator(`.queue-item[data-ticket="${foreign.id}"]`).count()).toBe(0);
    // Signed in afresh, the queue read from the server holds the same.
    const again = await signIn(browser, api.url, 'engineer');
    await again.click('[data-view=queue]');
    await again.waitForSelector(`.queue-item[data-ticket="${own.id}"]`);
    expect(await again.locator(`.queue-item[data-ticket="${foreign.id}"]`).count()).toBe(0);
    expect(await again.textContent('[data-testid=queue]')).not.toContain('A-0301');
    await again.screenshot({ path: join(ARTIFACTS, 'estate-engineer-queue.png') });
    // Past the UI: the ticket, its history, a search of site B's estate and a filter by site B.
    expect((await engineerCall('GET', `/api/tickets/${foreign.id}`)).status).toBe(404);
    expect((await engineerCall('GET', `/api/tickets/${foreign.id}/history`)).status).toBe(404);
    expect((await engineerCall('GET', '/api/sites/keyuan/locations?q=A-03')).status).toBe(404);
    const filtered = await engineerCall('GET', '/api/tickets?site=keyuan&limit=50');
    expect(filtered.status === 404 || (filtered.body.items as unknown[]).length === 0).toBe(true);
    const all = await engineerCall('GET', '/api/tickets?limit=200');
    const items = all.body.items as { id: string; site: string }[];
    expect(items.map((t) => t.id)).toContain(own.id);
    expect(items.every((t) => t.site === 'cuihu')).toBe(true);
    // The keyuan engineer, for contrast, is given it.
    const keyuanEngineer = await as('keyuan.engineer');
    expect((await keyuanEngineer('GET', `/api/tickets/${foreign.id}`)).status).toBe(200);
  });
});
