import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type RunningApi } from './api-server.js';
import { startBoth } from './chromium.js';
import { act, openFromQueue, signIn, waitForState } from './console-helpers.js';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

let api: RunningApi;
let browser: Browser;
let desk: Page;
let engineer: Page;
let ticketId = '';
let heatBefore = 0;

/** A token for a command the test sends past the UI (a stale retry, to leave a refusal in the log). */
async function token(username: string): Promise<string> {
  const res = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function openHeatmap(page: Page): Promise<number> {
  await page.click('[data-view=heatmap]');
  await page.selectOption('select[name=heat-blueprint]', 'water-leak');
  await page.waitForSelector('[data-testid=heat-summary]');
  await page.waitForSelector('[data-testid=heatmap-view] .react-flow__node-step');
  return Number(await page.getAttribute('[data-testid=heat-table] tr[data-step=record]', 'data-passed'));
}

describe('the staff console and the audit workspace in Chromium, against the real API', () => {
  let auditor: Page;

  // One server and one browser for the file, started side by side; the tests are one story on one
  // database (each builds on the state the last one left), so data is never reset between them.
  beforeAll(async () => {
    [api, browser] = await startBoth();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows the auditor the water-leak heatmap before any leak is handled', async () => {
    auditor = await signIn(browser, api.url, 'auditor');
    heatBefore = await openHeatmap(auditor);
    expect(heatBefore).toBe(0);
  });

  it('lets the front desk record a leak and see it classified as an emergency, with why, before saving', async () => {
    // A routine repair is already waiting for engineering when the leak comes in.
    const routine = await fetch(`${api.url}/api/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token('frontdesk')}` },
      body: JSON.stringify({
        facts: { type: 'repair', description: 'Corridor light broken', location: 'lift_hall' },
      }),
    });
    expect(((await routine.json()) as { class: string }).class).toBe('general');
    engineer = await signIn(browser, api.url, 'engineer');
    await engineer.waitForSelector('[data-testid=queue] .queue-item[data-class=general]');
    await engineer.waitForSelector('[data-testid=live][data-live=true]');
    desk = await signIn(browser, api.url, 'frontdesk');
    await desk.click('[data-view=intake]');
    await desk.fill('textarea[name=intake-description]', '楼上跑水');
    await desk.click('[data-fact=waterFlowing] [data-value=yes]');
    // The unit is picked by typing its address; its owner is proposed as the caller.
    await desk.fill('input[name=intake-place]', '3-1-1201');
    await desk.locator('[role=option][data-hit=unit]').first().waitFor();
    await desk.keyboard.press('Enter');
    await desk.waitForSelector('[data-testid=picked-place][data-kind=unit]');
    const preview = desk.locator('[data-testid=intake-classification]');
    await expect.poll(() => preview.getAttribute('data-class')).toBe('emergency');
    expect(await desk.textContent('[data-testid=emergency-banner]')).toContain('Emergency');
    expect(await preview.locator('[data-explain-rule=water-leak]').getAttribute('class')).toContain(
      'is-fired',
    );
    expect(await preview.locator('[data-blueprint]').getAttribute('data-blueprint')).toBe('water-leak');
    await desk.screenshot({ path: join(ARTIFACTS, 'console-intake.png') });
    await desk.click('[data-action=save-ticket]');
    await desk.waitForSelector('.ticket-page[data-ticket-id]');
    ticketId = (await desk.getAttribute('.ticket-page', 'data-ticket-id'))!;
    expect(ticketId).toMatch(/^[0-9a-f-]{36}$/);
    await waitForState(desk, 'record');
    expect(await desk.locator('.step.sim-current').getAttribute('data-step')).toBe('record');
  });

  it('puts the emergency first in the engineer’s live queue and sounds the alarm, without a reload', async () => {
    await engineer.waitForSelector(`[data-testid=emergency-alert][data-ticket="${ticketId}"]`);
    const first = engineer.locator('[data-testid=queue] .queue-item').first();
    await expect.poll(() => first.getAttribute('data-ticket')).toBe(ticketId);
    expect(await engineer.locator('[data-testid=queue] .queue-item').count()).toBe(2);
    expect(await first.getAttribute('data-class')).toBe('emergency');
    expect(await first.locator('[data-testid=countdown]').textContent()).toMatch(/\d+:\d\d/);
    await engineer.screenshot({ path: join(ARTIFACTS, 'console-queue.png') });
  });

  it('drives the leak to its close, each role acting as the blueprint says', async () => {
    await act(desk, 'RECORDED', 'shutoff', { location: '3-1201 kitchen', phone: '13800138000' });
    await openFromQueue(engineer, ticketId);
    await act(engineer, 'SHUT_OFF', 'notify_units');
    // A stale retry of the shut-off (an old version) is refused, and the refusal is audited.
    const stale = await fetch(`${api.url}/api/tickets/${ticketId}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token('engineer')}` },
      body: JSON.stringify({ type: 'SHUT_OFF', expectedVersion: 1 }),
    });
    expect(stale.status).toBe(409);
    await waitForState(desk, 'notify_units');
    await desk.fill('textarea[name=comment]', 'Customer downstairs informed as well');
    await desk.click('[data-action=add-comment]');
    await desk.waitForSelector('[data-testid=ticket-comments] .comments li');
    await act(desk, 'NOTIFIED', 'repair', { affectedUnits: '2' });
    await waitForState(engineer, 'repair');
    await engineer.screenshot({ path: join(ARTIFACTS, 'console-ticket.png') });
    await act(engineer, 'REPAIRED', 'report');

    const supervisor = await signIn(browser, api.url, 'supervisor');
    await supervisor.click('[data-view=supervisor]');
    await supervisor.waitForSelector('[data-testid=workload] tr[data-team=engineering]');
    expect(await supervisor.textContent('[data-testid=workload] tr[data-team=engineering]')).toContain('1');
    await supervisor.screenshot({ path: join(ARTIFACTS, 'console-supervisor.png') });
    await openFromQueue(supervisor, ticketId);
    await act(supervisor, 'REPORTED', 'callback', {
      cause: 'Burst supply pipe',
      actionsTaken: 'Valve shut, pipe replaced',
    });

    await waitForState(desk, 'callback');
    await act(desk, 'CALLBACK_DONE', 'closed', { satisfaction: '5', comments: 'Quick and tidy' });
    expect(await desk.getAttribute('[data-testid=ticket-header]', 'data-status')).toBe('closed');
    expect(await desk.locator('.step.sim-visited').count()).toBeGreaterThan(6);
    await desk.screenshot({ path: join(ARTIFACTS, 'console-closed.png') });
    await desk.click('[data-locale=zh-CN]');
    expect(await desk.textContent('.sub-nav')).toContain('工单队列');
    expect(await desk.textContent('[data-testid=ticket-header]')).toContain('已关闭');
  });

  it('lets the auditor find the ticket and read its full timeline, refusals shown apart', async () => {
    await auditor.click('[data-view=search]');
    await auditor.fill('input[name=audit-ticketId]', ticketId);
    await auditor.click('[data-action=audit-search]');
    await expect
      .poll(() => auditor.locator('[data-testid=audit-results] tbody tr').count())
      .toBeGreaterThan(7);
    await auditor.click(`[data-open-ticket="${ticketId}"] >> nth=0`);
    const timeline = auditor.locator('[data-testid=ticket-audit] [data-testid=timeline]');
    await timeline.locator('[data-event=INTAKE] [data-testid=intake-trace]').waitFor();
    const all = await timeline.locator('.timeline-entry').count();
    expect(await timeline.locator('.timeline-entry[data-outcome=refused]').count()).toBe(1);
    expect(await timeline.locator('[data-event=COMMENT]').count()).toBe(1);
    expect(await timeline.textContent()).toContain('version_conflict');
    await auditor.screenshot({ path: join(ARTIFACTS, 'audit-timeline.png') });
    await auditor.click('[data-visibility=customer]');
    const story = auditor.locator('[data-testid=ticket-audit] [data-testid=customer-story]');
    await story.waitFor();
    // The customer's story: their report, each front-stage step done (the repair in their flat
    // included) and their callback, in words; never the incident report behind the line of
    // visibility, a refusal, a staff note, a rule, an event code or their phone number.
    expect(await story.locator('.customer-moment').count()).toBe(6);
    expect(all).toBeGreaterThan(6);
    const told = (await story.textContent())!;
    expect(told).toMatch(/Emergency repair|抢修/);
    expect(told).toContain('3-1201 kitchen');
    expect(told).toContain('Quick and tidy');
    for (const hidden of [
      'Burst supply pipe',
      'Valve shut',
      'Customer downstairs informed',
      'version_conflict',
      'water-leak',
      'REPAIRED',
      'CALLBACK_DONE',
      '13800138000',
    ])
      expect([hidden, told.includes(hidden)]).toEqual([hidden, false]);
    await auditor.screenshot({ path: join(ARTIFACTS, 'audit-customer-view.png') });
  });

  it('replays the ticket over its blueprint version, step by step, agreeing with the server', async () => {
    await auditor.click('[data-tab=replay]');
    await auditor.waitForSelector('[data-testid=replay-server-verdict]');
    expect(await auditor.textContent('[data-testid=replay-page-verdict]')).toContain('✓');
    expect(await auditor.textContent('[data-testid=replay-server-verdict]')).toContain('✓');
    await auditor.click('[data-action=replay-first]');
    expect(await auditor.getAttribute('[data-testid=replay-state]', 'data-state')).toBe('record');
    await auditor.click('[data-action=replay-next]');
    expect(await auditor.getAttribute('[data-testid=replay-state]', 'data-state')).toBe('shutoff');
    expect(
      await auditor.locator('[data-testid=replay-view] .step.sim-current').getAttribute('data-step'),
    ).toBe('shutoff');
    await auditor.screenshot({ path: join(ARTIFACTS, 'audit-replay.png') });
  });

  it('verifies the audit chain and exports the selected entries as CSV and JSON', async () => {
    await auditor.click('[data-action=verify-chain]');
    await auditor.waitForSelector('[data-testid=chain-result][data-ok=true]');
    await auditor.click('[data-tab=timeline]');
    await auditor.click('[data-action=back]');
    const [csv] = await Promise.all([auditor.waitForEvent('download'), auditor.click('[data-export=csv]')]);
    expect(csv.suggestedFilename()).toBe('frontstage-audit.csv');
    await csv.saveAs(join(ARTIFACTS, 'audit-export.csv'));
    expect(readFileSync(join(ARTIFACTS, 'audit-export.csv'), 'utf8')).toContain(ticketId);
    const [json] = await Promise.all([auditor.waitForEvent('download'), auditor.click('[data-export=json]')]);
    await json.saveAs(join(ARTIFACTS, 'audit-export.json'));
    const entries = JSON.parse(readFileSync(join(ARTIFACTS, 'audit-export.json'), 'utf8')) as {
      ticketId: string;
    }[];
    expect(entries.every((e) => e.ticketId === ticketId)).toBe(true);
    await auditor.screenshot({ path: join(ARTIFACTS, 'audit-search.png') });
  });

  it('shows the heatmap counts change once the leak has been handled', async () => {
    const after = await openHeatmap(auditor);
    expect(after).toBe(heatBefore + 1);
    expect(Number(await auditor.getAttribute('[data-testid=heat-summary]', 'data-tickets'))).toBe(1);
    expect(await auditor.locator('[data-testid=heatmap-view] .step.is-slowest').count()).toBeGreaterThan(0);
    await auditor.screenshot({ path: join(ARTIFACTS, 'audit-heatmap.png') });
  });
});
