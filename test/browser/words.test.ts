// Every page in zh-CN, with shipped tickets at every step of a long path through each shipped
// blueprint, looked at for the codes of the shipped content: events, facts, fields, enumerated
// values, steps, roles, teams and blueprint keys. A code on a zh-CN screen is a defect: 0 found.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  classify,
  compile,
  scenarioFor,
  verify,
  type Blueprint,
  type JsonValue,
  type Ruleset,
} from '@frontstage/engine';
import { REQUESTS } from '../blueprints/requests.js';
import { shippedBlueprints, shippedRuleset } from '../blueprints/shipped.js';
import { DEMO_PASSWORD, type RunningApi } from './api-server.js';
import { startBoth } from './chromium.js';
import { apiAs } from './console-helpers.js';

/** Who sends a role's events: the demo user holding that job role (the front desk records the customer's). */
const USER_OF_ROLE: Record<string, string> = {
  customer: 'frontdesk',
  frontdesk: 'frontdesk',
  dispatcher: 'dispatcher',
  engineer: 'engineer',
  security: 'security',
  cleaner: 'cleaner',
  supplier_coordinator: 'coordinator',
  supervisor: 'supervisor',
  quality: 'quality',
  site_manager: 'manager',
};

/** Every code the shipped content uses that a reader must never see bare. */
function shippedCodes(blueprints: Blueprint[]): Set<string> {
  const ruleset = shippedRuleset();
  const codes = new Set<string>();
  for (const fact of ruleset.facts ?? []) {
    codes.add(fact.name);
    for (const o of fact.options ?? []) codes.add(o.value);
  }
  for (const team of Object.keys(ruleset.teams ?? {})) codes.add(team);
  for (const b of blueprints) {
    codes.add(b.key);
    for (const role of Object.keys(b.roles ?? {})) codes.add(role);
    for (const step of b.steps) codes.add(step.id);
    for (const flow of b.flows) if (flow.event) codes.add(flow.event);
    for (const field of [...b.steps, ...b.flows].flatMap((x) => x.requiredData ?? [])) {
      codes.add(field.name);
      for (const o of field.options ?? []) codes.add(o.value);
    }
  }
  return codes;
}

// The visible text of the page with every <details> open, leaving out what is a person's name
// (usernames), a code on purpose (the key field a designer edits) or quoted as written (the keywords a
// rule searches a description for): marked in the markup.
const VISIBLE_TEXT = `(() => {
  document.querySelectorAll('details').forEach((d) => { d.open = true; });
  const copy = document.body.cloneNode(true);
  copy.querySelectorAll('[data-username],[data-code],[data-verbatim]').forEach((e) => e.remove());
  copy.style.position = 'absolute';
  document.body.appendChild(copy);
  const text = copy.innerText;
  copy.remove();
  return text;
})()`;

/** Where the pictures of the pages go, for a person to look at. */
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-rules';
mkdirSync(SHOTS, { recursive: true });

let api: RunningApi;
let browser: Browser;
const blueprints = shippedBlueprints();
const CODES = shippedCodes(blueprints);
/** Ticket ids by blueprint key, one per step reached along the blueprint's longest path. */
const tickets = new Map<string, string[]>();

const bare = (text: string) =>
  [...CODES].filter((code) => new RegExp(`(?<![A-Za-z0-9_-])${code}(?![A-Za-z0-9_-])`).test(text));

/** Signs in in zh-CN in a fresh context. */
async function signInZh(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(api.url);
  await page.click('[data-locale="zh-CN"]');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', DEMO_PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('.app-header');
  return page;
}

/** Opens `path`, waits for `ready`, and returns the codes its zh-CN text shows once the words have arrived. */
async function codesOn(page: Page, path: string, ready: string): Promise<string[]> {
  await page.goto(`${api.url}${path}`);
  await page.waitForSelector(ready);
  return (await visibleCodes(page)).map((code) => `${path}: ${code}`);
}

/** The codes the page shows once the words have arrived (the vocabulary, a pinned blueprint come after the page). */
async function visibleCodes(page: Page): Promise<string[]> {
  let found: string[] = [];
  await expect
    .poll(
      async () => {
        found = bare(await page.evaluate<string>(VISIBLE_TEXT));
        return found.length;
      },
      { timeout: 10_000, interval: 250 },
    )
    .toBe(0)
    .catch(() => undefined);
  return found;
}

type Send = Awaited<ReturnType<typeof apiAs>>;
const senders = new Map<string, Send>();
/** The API as a demo user, signed in once per test file. */
async function as(username: string): Promise<Send> {
  let send = senders.get(username);
  if (!send) senders.set(username, (send = await apiAs(api.url, username)));
  return send;
}

/**
 * Tickets on `blueprint` along its longest path: one stopped after each number of events, from
 * none (just taken in) to the path's end, or up to a timer's event (the ticket waits there).
 */
async function ticketsAlong(blueprint: Blueprint): Promise<string[]> {
  const compiled = compile(blueprint);
  if (!compiled.ok) throw new Error(`${blueprint.key} does not compile`);
  const path = [...verify(compiled).paths].sort((a, b) => b.steps.length - a.steps.length)[0]!;
  const scenario = scenarioFor(compiled, path);
  if (!scenario.ok) throw new Error(`${blueprint.key}: ${scenario.reason}`);
  const frontdesk = await as('frontdesk');
  // A request of the shipped table that the ruleset routes here, with the facts the path needs.
  const facts = REQUESTS.filter((r) => r.expect.blueprint === blueprint.key)
    .map((r) => ({ ...r.facts, description: r.zh, ...scenario.facts }))
    .find((f) => {
      const decided = classify(shippedRuleset(), f);
      return decided.ok && decided.classification.blueprint === blueprint.key;
    });
  if (!facts) throw new Error(`${blueprint.key}: no shipped request routes here with the path's facts`);
  const ids: string[] = [];
  for (let take = 0; take <= scenario.events.length; take += 1) {
    let ticket = await frontdesk<{ id: string; version: number }>('POST', '/tickets', { facts });
    for (const event of scenario.events.slice(0, take)) {
      const user = USER_OF_ROLE[event.role];
      if (!user) break;
      ticket = await (
        await as(user)
      )('POST', `/tickets/${ticket.id}/events`, {
        type: event.type,
        expectedVersion: ticket.version,
        ...(event.data ? { data: event.data as Record<string, JsonValue> } : {}),
      });
    }
    ids.push(ticket.id);
  }
  return ids;
}

describe('every label in the user language: no shipped code on a zh-CN page', () => {
  beforeAll(async () => {
    [api, browser] = await startBoth();
    for (const blueprint of blueprints) tickets.set(blueprint.key, await ticketsAlong(blueprint));
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('has a ticket at every step of a long path through each of the ten shipped blueprints', () => {
    expect([...tickets.keys()].sort()).toEqual(blueprints.map((b) => b.key).sort());
    for (const [key, ids] of tickets) expect(ids.length, key).toBeGreaterThan(2);
    expect(CODES.size).toBeGreaterThan(200);
  });

  it('shows none on the staff console: queue, supervisor, intake and every ticket', async () => {
    const page = await signInZh('supervisor');
    const found = [
      ...(await codesOn(page, '/console?status=open', '[data-testid=queue-summary]')),
      ...(await codesOn(page, '/console?status=closed', '[data-testid=queue-summary]')),
      ...(await codesOn(page, '/console/supervisor', '[data-testid=workload]')),
    ];
    for (const id of [...tickets.values()].flat())
      found.push(
        ...(await codesOn(
          page,
          `/console/tickets/${id}`,
          `.ticket-page[data-ticket-id="${id}"] .timeline-entry`,
        )),
      );
    await page.context().close();
    const desk = await signInZh('frontdesk');
    found.push(...(await codesOn(desk, '/console/intake', '.intake-form')));
    // With words typed: the suggestions, the deciding question and where each answer leads.
    await desk.fill('textarea[name=intake-description]', '3栋1202天花板漏水，水一直往下滴');
    await desk.waitForSelector('[data-testid=deciding-question]');
    found.push(...(await visibleCodes(desk)).map((c) => `intake with a description: ${c}`));
    await desk.context().close();
    expect(found).toEqual([]);
  }, 600_000);

  it('shows none in the audit workspace: search, each ticket with its customer view, the heatmap', async () => {
    const page = await signInZh('auditor');
    const found = [...(await codesOn(page, '/audit', '[data-testid=audit-results]'))];
    for (const ids of tickets.values()) {
      const id = ids.at(-1)!;
      found.push(
        ...(await codesOn(page, `/audit/tickets/${id}`, '[data-testid=ticket-audit] .timeline-entry')),
      );
      await page.click('[data-visibility=customer]');
      found.push(...(await visibleCodes(page)).map((c) => `customer view of ${id}: ${c}`));
    }
    await page.goto(`${api.url}/audit/heatmap`);
    for (const key of tickets.keys()) {
      await page.selectOption('select[name=heat-blueprint]', key);
      await page.waitForSelector(`[data-testid=heat-summary]`);
      await page.waitForSelector('.step[data-step]');
      found.push(...(await visibleCodes(page)).map((c) => `heatmap of ${key}: ${c}`));
    }
    await page.context().close();
    expect(found).toEqual([]);
  }, 600_000);

  it('shows none in the designer and the rules', async () => {
    const page = await signInZh('designer');
    const found: string[] = [];
    for (const key of tickets.keys())
      found.push(...(await codesOn(page, `/designer/${key}`, `.step[data-step]`)));
    found.push(...(await codesOn(page, '/rules', '[data-rule]')));
    // Two ruleset versions compared: the changed condition reads in words, old above new.
    const designer = await as('designer');
    const before = await designer<{ version: number; ruleset: Ruleset }>('GET', '/rules');
    const changed = structuredClone(before.ruleset);
    changed.rules.find((r) => r.id === 'quality-escalation')!.conditions = {
      all: [
        { fact: 'type', operator: 'equal', value: 'complaint' },
        { fact: 'previousComplaints', operator: 'greaterThanInclusive', value: 3 },
        { fact: 'channel', operator: 'notEqual', value: 'letter' },
      ],
    };
    const next = await designer<{ version: number }>('POST', '/rules/publish', {
      ruleset: changed,
      note: '投诉升级：近期投诉 3 次起，信函除外',
    });
    const compare = `/rules/versions/${before.version}/${next.version}`;
    found.push(...(await codesOn(page, compare, '[data-testid=diff-list]')));
    const entry = 'li[data-field=conditions] button[data-diff-rule=quality-escalation]';
    expect(await page.textContent(`${entry} del`)).toBe('请求类型 = 投诉 且 近期投诉次数 ≥ 2');
    expect(await page.textContent(`${entry} ins`)).toBe('请求类型 = 投诉 且 近期投诉次数 ≥ 3 且 渠道 ≠ 信函');
    expect(await page.textContent('[data-testid=rules-versions] [data-testid=version-note]')).toBe(
      '投诉升级：近期投诉 3 次起，信函除外',
    );
    await page.click(entry);
    await page.waitForSelector('.rules-list [data-rule="quality-escalation"].is-highlighted');
    await page.screenshot({ path: join(SHOTS, 'rules-compare-zh.png') });
    await designer('PUT', '/rules', before.ruleset); // the shipped rules again, for whatever runs next
    await page.context().close();
    expect(found).toEqual([]);
  }, 600_000);
});
