import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ruleset } from '@frontstage/engine';
import { I18nProvider } from '../i18n/I18nProvider';
import { fakeApi } from '../test-support/fake-api';
import { leakRuleset } from '@frontstage/engine/test-support';
import { RulesWorkspace } from './RulesWorkspace';

afterEach(cleanup);

function renderWith(ruleset: Ruleset, language: 'en' | 'zh-CN' = 'en') {
  const fake = fakeApi(({ method, path }) =>
    method === 'GET' && path === '/rules'
      ? {
          body: {
            version: 1,
            hash: 'h',
            publishedAt: '2026-12-01T08:00:00.000Z',
            publishedBy: 'designer',
            ruleset,
          },
        }
      : undefined,
  );
  const view = render(
    <I18nProvider initial={language}>
      <RulesWorkspace api={fake.api} />
    </I18nProvider>,
  );
  return { ...fake, view };
}

describe('shared conditions in the rules editor', () => {
  it('lists each shared condition once, and shows it in a rule as a chip with its label', async () => {
    const { view } = renderWith(leakRuleset());
    const list = await screen.findByTestId('shared-conditions');
    expect([...list.querySelectorAll('[data-shared]')].map((c) => c.getAttribute('data-shared'))).toEqual([
      'mentionsHome',
      'insideHome',
      'saysRepair',
      'mentionsWater',
      'mentionsLift',
    ]);
    // Its keywords are written once: in the list, not in the two rules that name it.
    const insideHome = list.querySelector<HTMLElement>('[data-shared=insideHome]')!;
    expect(within(insideHome).getByText('Named by 2 rules')).toBeTruthy();
    for (const id of ['in-home-repair', 'paid-in-home']) {
      const card = view.container.querySelector<HTMLElement>(`[data-rule="${id}"]`)!;
      const chip = card.querySelector<HTMLElement>('[data-shared-ref=insideHome]')!;
      expect(chip.textContent).toBe('Inside a home');
      expect(card.querySelectorAll('[aria-label=Fact]')).toHaveLength(id === 'paid-in-home' ? 1 : 0);
    }
  });

  it('edits a shared condition in one place: every rule that names it shows the new label', async () => {
    const { view } = renderWith(leakRuleset(), 'zh-CN');
    const list = await screen.findByTestId('shared-conditions');
    const insideHome = list.querySelector<HTMLElement>('[data-shared=insideHome]')!;
    const zh = within(insideHome).getAllByRole('textbox')[0]!;
    fireEvent.change(zh, { target: { value: '在业主家中' } });
    fireEvent.blur(zh);
    await waitFor(() =>
      expect(
        [...view.container.querySelectorAll('[data-rule] [data-shared-ref=insideHome]')].map(
          (c) => c.textContent,
        ),
      ).toEqual(['在业主家中', '在业主家中']),
    );
  });

  it('inserts a reference to a shared condition into a rule, from the condition builder', async () => {
    const { view } = renderWith(leakRuleset());
    await screen.findByTestId('shared-conditions');
    const card = view.container.querySelector<HTMLElement>('[data-rule="water-leak"]')!;
    expect(card.querySelector('[data-shared-ref]')).toBeNull();
    fireEvent.change(within(card).getByRole('combobox', { name: '+ Shared condition…' }), {
      target: { value: 'mentionsWater' },
    });
    const chip = view.container.querySelector('[data-rule="water-leak"] [data-shared-ref=mentionsWater]');
    expect(chip?.textContent).toBe('The words mention water');
  });

  it('names a reference to a shared condition that does not exist on the rule, and saves nothing', async () => {
    const ruleset = leakRuleset();
    ruleset.rules[2]!.conditions = { all: [{ condition: 'isHome' }] };
    const { view } = renderWith(ruleset);
    const card = () => view.container.querySelector<HTMLElement>('[data-rule="paid-in-home"]')!;
    await waitFor(() => expect(card().dataset.invalid).toBe('true'));
    expect(within(card()).getByTestId('rule-problems').textContent).toContain('"isHome" that does not exist');
    expect(card().querySelector('[data-shared-ref=isHome]')?.className).toContain('is-unknown');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save rules' }).disabled).toBe(true);
  });

  it('explains a shared condition once in the test panel, by its label', async () => {
    const { view } = renderWith(leakRuleset());
    await screen.findByTestId('shared-conditions');
    fireEvent.change(screen.getByRole('textbox', { name: 'Facts (JSON)' }), {
      target: { value: JSON.stringify({ description: '3栋1202天花板漏水', paidService: true }) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Classify' }));
    const result = screen.getByTestId('classification');
    expect(result.querySelectorAll('[data-explain-shared=insideHome]')).toHaveLength(1);
    expect(result.querySelector('[data-explain-shared=insideHome]')?.textContent).toContain('inHome');
    expect(
      result.querySelector('[data-explain-rule=paid-in-home] [data-shared-ref=insideHome]')?.textContent,
    ).toContain('Inside a home');
    // The rule itself does not repeat the shared condition's comparisons.
    expect(result.querySelector('[data-explain-rule=paid-in-home]')?.textContent).not.toContain(
      'textMatchesAny',
    );
    expect(view.container.querySelector('[data-rule="paid-in-home"]')?.className).toContain('is-fired');
  });

  it('edits what a shared condition suggests and asks by the facts’ words, checked by the engine', async () => {
    const { calls } = renderWith(leakRuleset(), 'zh-CN');
    const list = await screen.findByTestId('shared-conditions');
    const repair = list.querySelector<HTMLElement>('[data-shared=saysRepair]')!;
    fireEvent.change(within(repair).getByRole('combobox', { name: '取值' }), {
      target: { value: 'cleaning' },
    });
    expect(repair.querySelector('[data-suggests]')?.textContent).toBe('请求类型 = 清洁');
    const water = list.querySelector<HTMLElement>('[data-shared=mentionsWater]')!;
    fireEvent.change(within(water).getByRole('combobox', { name: '+ 询问一项事实…' }), {
      target: { value: 'inHome' },
    });
    expect(water.querySelector('[data-asks]')?.textContent).toBe('正在跑水、户内');
    fireEvent.click(within(water).getByRole('button', { name: '不再询问正在跑水' }));
    expect(water.querySelector('[data-asks]')?.textContent).toBe('户内');
    fireEvent.click(screen.getByRole('button', { name: '保存规则' }));
    await waitFor(() => expect(calls.some((c) => c.path === '/rules/publish')).toBe(true));
    const sent = calls.find((c) => c.path === '/rules/publish')!.body as { ruleset: Ruleset };
    expect(sent.ruleset.conditions!.mentionsWater!.asks).toEqual(['inHome']);
    expect(sent.ruleset.conditions!.saysRepair!.suggests).toEqual({ fact: 'type', value: 'cleaning' });
  });

  it('shows the engine’s objection to a question about a fact the ruleset does not declare', async () => {
    const ruleset = leakRuleset();
    ruleset.conditions!.mentionsWater!.asks = ['floorWet'];
    const { view } = renderWith(ruleset);
    const card = () => view.container.querySelector<HTMLElement>('[data-shared=mentionsWater]')!;
    await waitFor(() => expect(card().dataset.invalid).toBe('true'));
    expect(card().textContent).toContain(
      'asks about the fact "floorWet", which the ruleset does not declare',
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save rules' }).disabled).toBe(true);
  });
});
