import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from './api-server.js';
import { startBoth } from './chromium.js';
import { act, apiAs, signIn, waitForState } from './console-helpers.js';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

let api: RunningApi;
let browser: Browser;

const as = (username: string) => apiAs(api.url, username);

interface Occupied {
  id: string;
  code: string;
  occupants: { customer: { id: string; name: string; phone: string } }[];
}

describe('no re-typing: a step form filled from what the ticket knows, in Chromium', () => {
  beforeAll(async () => {
    [api, browser] = await startBoth();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('fills the complaint register form with the caller, the unit, what they said and the day', async () => {
    const desk = await as('frontdesk');
    // A unit of the demo estate with someone living there: the caller.
    const page1 = await desk<{ items: { id: string }[] }>('GET', '/sites/cuihu/units?limit=50');
    let unit: Occupied | undefined;
    for (const hit of page1.items) {
      const detail = await desk<Occupied>('GET', `/sites/cuihu/units/${hit.id}`);
      if (detail.occupants.length > 0) {
        unit = detail;
        break;
      }
    }
    if (!unit) throw new Error('the demo estate has no occupied unit among the first 50');
    const caller = unit.occupants[0]!.customer;
    const ticket = await desk<{ id: string; createdAt: string }>('POST', '/tickets', {
      facts: { type: 'complaint', description: '夜班保安多次不在岗，访客随意进出' },
      unitId: unit.id,
      customerId: caller.id,
    });

    const page = await signIn(browser, api.url, 'frontdesk');
    await page.goto(`${api.url}/console/tickets/${ticket.id}`);
    await waitForState(page, 'register');
    const form = page.locator('[data-action-event=REGISTERED]');
    const day = new Date(ticket.createdAt);
    const localDay = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    expect(await form.locator('[name=data-complainant]').inputValue()).toBe(caller.name);
    expect(await form.locator('[name=data-unit]').inputValue()).toBe(unit.code);
    expect(await form.locator('[name=data-phone]').inputValue()).toBe(caller.phone);
    expect(await form.locator('[name=data-content]').inputValue()).toBe('夜班保安多次不在岗，访客随意进出');
    expect(await form.locator('[name=data-complainedAt]').inputValue()).toBe(localDay);
    expect(await form.locator('[data-prefilled]').count()).toBe(5);
    // As the front desk sees it in Chinese (test/artifacts/ticket-prefilled-zh.png).
    await page.click('[data-locale=zh-CN]');
    await page.waitForSelector('text=已按工单信息预填');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'ticket-prefilled-zh.png'), fullPage: true });
    // Editable: the front desk corrects what the caller adds, and sends without typing the rest.
    await form.locator('[name=data-content]').fill('夜班保安多次不在岗，访客随意进出，要求整改');
    await act(page, 'REGISTERED', 'judge');
    const history = await desk<{ data: Record<string, unknown> | null; eventType: string }[]>(
      'GET',
      `/tickets/${ticket.id}/history`,
    );
    const registered = history.find((e) => e.eventType === 'REGISTERED')!;
    expect(registered.data).toEqual({
      complainant: caller.name,
      complainedAt: localDay,
      content: '夜班保安多次不在岗，访客随意进出，要求整改',
      unit: unit.code,
      phone: caller.phone,
    });
    await page.context().close();
  });
});
