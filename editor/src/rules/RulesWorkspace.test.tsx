import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { fakeApi } from '../test-support/fake-api';
import { RulesWorkspace } from './RulesWorkspace';
import { sampleRuleset } from './sample-ruleset';

afterEach(cleanup);

describe('RulesWorkspace', () => {
  it('classifies test facts with the engine and shows which rules fired and why', () => {
    const view = render(
      <I18nProvider initial="en">
        <RulesWorkspace api={null} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Classify' }));
    const result = screen.getByTestId('classification');
    expect(result.textContent).toContain('Emergency');
    expect(view.container.querySelector('[data-rule="water-leak"]')?.className).toContain('is-fired');
    expect(view.container.querySelector('[data-rule="gate-cleaning"]')?.className).toContain('is-quiet');
  });

  it('re-classifies after a rule is edited', () => {
    render(
      <I18nProvider initial="en">
        <RulesWorkspace api={null} />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Facts (JSON)' }), {
      target: { value: '{ "type": "cleaning", "location": "main_gate" }' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Classify' }));
    expect(screen.getByTestId('classification').textContent).toContain('cleaning');
  });

  it('keeps the fired marks live: they follow edits to the facts and the rules without a re-run', () => {
    const view = render(
      <I18nProvider initial="en">
        <RulesWorkspace api={null} />
      </I18nProvider>,
    );
    const card = (id: string) => view.container.querySelector<HTMLElement>(`[data-rule="${id}"]`)!;
    fireEvent.click(screen.getByRole('button', { name: 'Classify' }));
    expect(card('water-leak').className).toContain('is-fired');
    fireEvent.change(screen.getByRole('textbox', { name: 'Facts (JSON)' }), {
      target: { value: '{ "type": "cleaning", "location": "main_gate" }' },
    });
    expect(card('gate-cleaning').className).toContain('is-fired');
    expect(card('water-leak').className).toContain('is-quiet');
    const typeRow = within(card('gate-cleaning')).getAllByRole('combobox', { name: 'Operator' })[1]!;
    fireEvent.change(typeRow, { target: { value: 'notEqual' } });
    expect(card('gate-cleaning').className).toContain('is-quiet');
    expect(within(card('gate-cleaning')).getByText('did not fire')).toBeTruthy();
  });

  it('refuses a rule priority outside the schema range where it was typed, and takes the lowest allowed', () => {
    const view = render(
      <I18nProvider initial="en">
        <RulesWorkspace api={null} />
      </I18nProvider>,
    );
    const order = () =>
      [...view.container.querySelectorAll('[data-rule]')].map((c) => c.getAttribute('data-rule'));
    const input = () =>
      view.container.querySelector<HTMLInputElement>('[data-rule="water-leak"] input[name=rule-priority]')!;
    fireEvent.change(input(), { target: { value: '0' } });
    fireEvent.blur(input());
    expect(
      within(view.container.querySelector<HTMLElement>('[data-rule="water-leak"]')!).getByText(
        /A whole number from 1 to 1000/,
      ),
    ).toBeTruthy();
    expect(order()).toEqual(['water-leak', 'gate-cleaning']);
    fireEvent.change(input(), { target: { value: '1' } });
    fireEvent.blur(input());
    expect(order()).toEqual(['gate-cleaning', 'water-leak']);
    expect(input().value).toBe('1');
    expect(view.container.querySelector('[aria-invalid=true]')).toBeNull();
  });

  it('offers known roles for the role a rule routes to', () => {
    const view = render(
      <I18nProvider initial="en">
        <RulesWorkspace api={null} />
      </I18nProvider>,
    );
    const role = view.container.querySelector<HTMLInputElement>(
      '[data-rule="water-leak"] input[name=rule-role]',
    )!;
    const options = [...view.container.querySelectorAll(`datalist#${role.getAttribute('list')} option`)];
    expect(options.map((o) => o.getAttribute('value'))).toContain('dispatcher');
  });

  it('shows on its card what is wrong with a rule, and saves nothing while it is wrong', async () => {
    // A ruleset stored before `in` needed a list: the rule would fire under `not` for every request.
    const ruleset = sampleRuleset();
    const bad = ruleset.rules.find((r) => r.id === 'gate-cleaning')!;
    bad.conditions = { not: { fact: 'location', operator: 'in', value: 'main_gate' } };
    const { api } = fakeApi(({ path }) =>
      path === '/rules'
        ? {
            body: {
              version: 3,
              hash: 'h',
              publishedAt: '2026-11-24T08:00:00.000Z',
              publishedBy: 'designer',
              ruleset,
            },
          }
        : undefined,
    );
    const view = render(
      <I18nProvider initial="zh-CN">
        <RulesWorkspace api={api} />
      </I18nProvider>,
    );
    const card = () => view.container.querySelector<HTMLElement>('[data-rule="gate-cleaning"]')!;
    await waitFor(() => expect(card().dataset.invalid).toBe('true'));
    expect(within(card()).getByTestId('rule-problems').textContent).toContain('一组值');
    expect(view.container.querySelectorAll('[data-testid=rule-problems]')).toHaveLength(1);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '保存规则' }).disabled).toBe(true);
  });
});
