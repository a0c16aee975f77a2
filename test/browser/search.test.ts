import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from './api-server.js';
import { startBoth } from './chromium.js';
import { apiAs, signIn } from './console-helpers.js';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

let api: RunningApi;
let browser: Browser;

/** Records a request at a unit typed as an address, reported by whoever lives there now. */
async function report(address: string, description: string): Promise<string> {
  const call = await apiAs(api.url, 'frontdesk');
  const hits = await call<{
    items: { kind: string; unit: { id: string }; occupants: { customer: { id: string } }[] }[];
  }>('GET', `/sites/cuihu/locations?q=${encodeURIComponent(address)}`);
  const hit = hits.items.find((h) => h.kind === 'unit')!;
  const made = await call<{ id: string }>('POST', '/tickets', {
    site: 'cuihu',
    unitId: hit.unit.id,
    ...(hit.occupants[0] ? { customerId: hit.occupants[0].customer.id } : {}),
    facts: { type: 'repair', description },
  });
  return made.id;
}

/** The tickets the queue lists now. */
const listed = (page: Page) =>
  page.$$eval('.queue-item', (items) => items.map((i) => i.getAttribute('data-ticket')));

describe('finding a ticket by what the caller knows, in Chromium and in Chinese', () => {
  let leak: string;
  let lift: string;

  beforeAll(async () => {
    [api, browser] = await startBoth();
    mkdirSync(ARTIFACTS, { recursive: true });
    leak = await report('3栋2单元1101', '卫生间天花板漏水，楼上邻居不在家');
    lift = await report('5栋1单元1202', '电梯厅顶灯漏水滴在地上');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('finds the leak at 3栋2单元1101 in the queue by room and by a two-character word, and keeps the search in the address', async () => {
    const desk = await signIn(browser, api.url, 'frontdesk');
    await desk.click('[data-locale=zh-CN]');
    await desk.waitForSelector('input[name=filter-room]');
    expect(await desk.textContent('.queue-filters')).toContain('房号或位置');
    await desk.fill('input[name=filter-q]', '漏水');
    await expect.poll(() => listed(desk), { timeout: 15_000 }).toEqual(expect.arrayContaining([leak, lift]));
    await desk.fill('input[name=filter-room]', '3栋2单元1101');
    await expect.poll(() => listed(desk), { timeout: 15_000 }).toEqual([leak]);
    const item = desk.locator(`.queue-item[data-ticket="${leak}"]`);
    expect(await item.textContent()).toContain('3-2-1101');
    // The front desk calls customers back: the caller's phone is whole.
    expect(await item.locator('[data-testid=queue-caller]').textContent()).toMatch(/\d{11}/);
    const address = new URL(desk.url());
    expect(address.searchParams.get('q')).toBe('漏水');
    expect(address.searchParams.get('room')).toBe('3栋2单元1101');
    await desk.screenshot({ path: join(ARTIFACTS, 'queue-search-zh.png') });
    // The address opens the same search.
    await desk.goto(address.toString());
    await expect.poll(() => listed(desk), { timeout: 15_000 }).toEqual([leak]);
    expect(await desk.inputValue('input[name=filter-room]')).toBe('3栋2单元1101');
  });

  it('finds the leak’s history in the audit search by words and room', async () => {
    const auditor = await signIn(browser, api.url, 'auditor');
    await auditor.click('[data-locale=zh-CN]');
    await auditor.click('[data-view=search]');
    await auditor.fill('input[name=audit-q]', '天花板漏水');
    await auditor.fill('input[name=audit-room]', '3-2-1101');
    expect(await auditor.textContent('.audit-filters')).toContain('工单关键词');
    await auditor.click('[data-action=audit-search]');
    await expect
      .poll(() => auditor.$$eval('[data-seq]', (rows) => rows.length), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const tickets = await auditor.$$eval('[data-seq] [data-open-ticket]', (rows) =>
      rows.map((r) => r.getAttribute('data-open-ticket')),
    );
    expect(new Set(tickets)).toEqual(new Set([leak]));
    expect(new URL(auditor.url()).searchParams.get('room')).toBe('3-2-1101');
    await auditor.screenshot({ path: join(ARTIFACTS, 'audit-search-words-zh.png') });
  });
});
