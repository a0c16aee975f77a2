import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ruleset } from '@frontstage/engine';
import { leakRuleset } from '@frontstage/engine/test-support';
import { I18nProvider } from '../../i18n/I18nProvider';
import { fakeApi } from '../../test-support/fake-api';
import { RulesWorkspace, type RulesLink } from '../RulesWorkspace';

afterEach(cleanup);

/** v2: running water counts only inside a home, and the suggestion of a repair became cleaning. */
function second(): Ruleset {
  const rs = leakRuleset();
  rs.rules[0]!.conditions = {
    all: [
      { fact: 'waterFlowing', operator: 'equal', value: true },
      { fact: 'inHome', operator: 'equal', value: true },
    ],
  };
  rs.rules[0]!.priority = 995;
  rs.conditions!.saysRepair!.suggests = { fact: 'type', value: 'cleaning' };
  return rs;
}

const version = (v: number, note: string | null) => ({
  version: v,
  key: 'default',
  hash: `h${v}`,
  publishedAt: `2026-12-0${v}T08:00:00.000Z`,
  publishedBy: v === 1 ? 'system' : 'designer',
  note,
});

function renderAt(link: RulesLink) {
  const links: RulesLink[] = [];
  const fake = fakeApi(({ method, path }) => {
    if (method === 'GET' && path === '/rules') return { body: { ...version(2, null), ruleset: second() } };
    if (method === 'GET' && path === '/rules/versions')
      return { body: [version(2, '跑水只在户内算紧急'), version(1, null)] };
    if (method === 'GET' && path === '/rules/versions/1')
      return { body: { ...version(1, null), ruleset: leakRuleset() } };
    if (method === 'GET' && path === '/rules/versions/2')
      return { body: { ...version(2, '跑水只在户内算紧急'), ruleset: second() } };
    if (method === 'POST' && path === '/rules/publish')
      return { body: { version: 3, hash: 'h3', created: true } };
    return undefined;
  });
  const view = render(
    <I18nProvider initial="zh-CN">
      <RulesWorkspace api={fake.api} link={link} onLink={(l) => links.push(l)} />
    </I18nProvider>,
  );
  return { ...fake, view, links };
}

describe('the rules’ versions and their comparison', () => {
  it('lists each version with its change note and author, and compares the pair the address names', async () => {
    const { view } = renderAt({ versions: true, compare: [1, 2] });
    const panel = await screen.findByTestId('rules-versions');
    await waitFor(() => expect(within(panel).getByText('跑水只在户内算紧急')).toBeTruthy());
    expect(panel.querySelector('[data-version="2"]')?.textContent).toContain('designer');
    const list = await within(panel).findByTestId('diff-list');
    const condition = list.querySelector<HTMLElement>('[data-field=conditions]')!;
    expect(condition.textContent).toContain('跑水/爆管应急 · 条件');
    expect(condition.querySelector('del')?.textContent).toBe('正在跑水 = 是');
    expect(condition.querySelector('ins')?.textContent).toBe('正在跑水 = 是 且 户内 = 是');
    expect(list.querySelector('[data-field=suggests]')?.textContent).toContain(
      '请求类型 = 维修 → 请求类型 = 清洁',
    );
    expect(list.querySelector('[data-field=priority]')?.textContent).toContain('990 → 995');
    // No codes on a zh-CN screen: facts, values and rules by their words.
    expect(list.textContent).not.toMatch(/waterFlowing|inHome|water-leak|saysRepair/);
    fireEvent.click(condition.querySelector('button')!);
    expect(view.container.querySelector('.rules-list [data-rule="water-leak"]')?.className).toContain(
      'is-highlighted',
    );
  });

  it('compares a version with the rules being edited, and writes the pair to the address', async () => {
    const { links } = renderAt({ versions: true });
    const panel = await screen.findByTestId('rules-versions');
    await waitFor(() => expect(panel.querySelector('[data-version="1"]')).toBeTruthy());
    fireEvent.change(within(panel).getByRole('combobox', { name: '比较' }), { target: { value: '1' } });
    fireEvent.click(within(panel).getByRole('button', { name: '比较' }));
    await within(panel).findByTestId('diff-list');
    expect(links.at(-1)).toEqual({ versions: true, compare: [1, 'draft'] });
  });

  it('publishes with the change note typed beside the save button', async () => {
    const { calls } = renderAt({});
    await screen.findByTestId('shared-conditions');
    fireEvent.change(screen.getByRole('textbox', { name: '变更说明（改了什么、为什么）' }), {
      target: { value: '电梯困人优先' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存规则' }));
    await waitFor(() => expect(calls.some((c) => c.path === '/rules/publish')).toBe(true));
    const sent = calls.find((c) => c.path === '/rules/publish')!.body as { note: string; ruleset: Ruleset };
    expect(sent.note).toBe('电梯困人优先');
    expect(sent.ruleset.rules).toHaveLength(4);
  });
});
