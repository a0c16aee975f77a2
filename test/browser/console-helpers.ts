import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from './api-server.js';

/** A signed-in user in their own browser context (own session, own stream). */
export async function signIn(browser: Browser, url: string, username: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(url);
  await page.click('[data-locale=en]');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', DEMO_PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('.app-header');
  return page;
}

/** The API as `username`, past the UI (to set a story up or check what it stored): JSON in, JSON out. */
export async function apiAs(url: string, username: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${url}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** Waits until the open ticket page shows the ticket at `state` (the stream or the answer moved it). */
export async function waitForState(page: Page, state: string): Promise<void> {
  await expect
    .poll(() => page.getAttribute('[data-testid=ticket-header]', 'data-state'), { timeout: 15_000 })
    .toBe(state);
}

/**
 * Sends an event from the ticket page as a user would: fills the data it asks for (`data` by field
 * name; a score is clicked), presses its button, and waits for the ticket to reach `next`.
 */
export async function act(
  page: Page,
  event: string,
  next: string,
  data: Record<string, string> = {},
): Promise<void> {
  const action = page.locator(`[data-action-event=${event}]`);
  await action.waitFor();
  for (const [name, value] of Object.entries(data)) {
    const score = action.locator(`[data-score=${name}] [data-score-value="${value}"]`);
    if (await score.count()) await score.click();
    else await action.locator(`[name=data-${name}]`).fill(value);
  }
  await action.locator(`button[data-event=${event}]`).click();
  await waitForState(page, next);
}

/** Opens a ticket from the queue the user is looking at. */
export async function openFromQueue(page: Page, ticketId: string): Promise<void> {
  await page.click('[data-view=queue]');
  await page.click(`.queue-item[data-ticket="${ticketId}"] .queue-open`);
  await page.waitForSelector(`.ticket-page[data-ticket-id="${ticketId}"]`);
}
