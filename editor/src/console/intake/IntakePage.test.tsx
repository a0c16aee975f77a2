import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { sampleRuleset } from '../../rules/sample-ruleset';
import { fakeApi } from '../../test-support/fake-api';
import { leakRuleset } from '@frontstage/engine/test-support';
import { leakClassification, ticketFixture } from '../../test-support/ticket-fixture';
import { IntakePage } from './IntakePage';

afterEach(cleanup);

function setup(ruleset = sampleRuleset(), language: 'en' | 'zh-CN' = 'en') {
  const fake = fakeApi(({ method, path }) => {
    if (method === 'POST' && path === '/rules/evaluate')
      return { body: { rulesetVersion: 1, classification: leakClassification() } };
    if (method === 'POST' && path === '/tickets') return { status: 201, body: ticketFixture() };
    return undefined;
  });
  const onCreated = vi.fn();
  render(
    <I18nProvider initial={language}>
      <IntakePage api={fake.api} ruleset={ruleset} onCreated={onCreated} />
    </I18nProvider>,
  );
  return { ...fake, onCreated };
}

describe('IntakePage', () => {
  it('previews the classification with its explanation before anything is saved', async () => {
    const { calls } = setup();
    fireEvent.change(screen.getByRole('textbox', { name: 'What the customer says' }), {
      target: { value: '楼上跑水' },
    });
    fireEvent.click(screen.getByRole('group', { name: 'Water flowing' }).querySelector('[data-value=yes]')!);
    const preview = await screen.findByTestId('intake-classification');
    expect(preview.getAttribute('data-class')).toBe('emergency');
    expect(screen.getByTestId('emergency-banner').textContent).toContain('Emergency');
    expect(preview.querySelector('[data-explain-rule=water-leak]')?.textContent).toContain('waterFlowing');
    // Only the rules that fired are listed for the desk.
    expect(preview.querySelector('[data-explain-rule=cleaning]')).toBeNull();
    const evaluated = calls.filter((c) => c.path === '/rules/evaluate').at(-1)!;
    expect(evaluated.body).toEqual({
      facts: { channel: 'phone', description: '楼上跑水', waterFlowing: true },
    });
    expect(calls.some((c) => c.path === '/tickets')).toBe(false);
  });

  it('saves under one Idempotency-Key however often it is pressed, then opens the ticket', async () => {
    const { calls, onCreated } = setup();
    fireEvent.change(screen.getByRole('textbox', { name: 'What the customer says' }), {
      target: { value: '楼上跑水' },
    });
    const save = screen.getByRole('button', { name: 'Save and open the ticket' });
    fireEvent.click(save);
    fireEvent.click(save);
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(ticketFixture().id));
    const posts = calls.filter((c) => c.method === 'POST' && c.path === '/tickets');
    expect(posts.length).toBeGreaterThanOrEqual(1);
    expect(new Set(posts.map((c) => c.headers['idempotency-key'])).size).toBe(1);
    expect(posts[0]!.headers['idempotency-key']).toMatch(/\w{8,}/);
  });

  it('cannot save before it knows what happened', () => {
    setup();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save and open the ticket' }).disabled).toBe(
      true,
    );
  });

  it('offers what the description suggests as chips to confirm, and applies none of them unasked', async () => {
    const { calls } = setup(leakRuleset());
    fireEvent.change(screen.getByRole('textbox', { name: 'What the customer says' }), {
      target: { value: '3栋1202天花板漏水，水一直往下滴' },
    });
    const chips = screen.getByTestId('intake-suggestions');
    expect([...chips.querySelectorAll('[data-suggest]')].map((c) => c.textContent)).toEqual([
      'Inside a home: Yes ✓',
      'Request type: Repair ✓',
    ]);
    await waitFor(() => expect(calls.some((c) => c.path === '/rules/evaluate')).toBe(true));
    expect(calls.filter((c) => c.path === '/rules/evaluate').at(-1)!.body).toEqual({
      facts: { channel: 'phone', description: '3栋1202天花板漏水，水一直往下滴' },
    });
    fireEvent.click(chips.querySelector('[data-suggest=inHome]')!);
    expect(
      screen
        .getByRole('group', { name: 'Inside a home' })
        .querySelector('[data-value=yes]')
        ?.getAttribute('aria-pressed'),
    ).toBe('true');
    expect(screen.getByTestId('intake-suggestions').querySelector('[data-suggest=inHome]')).toBeNull();
    fireEvent.click(screen.getByTestId('intake-suggestions').querySelector('[data-suggest=type]')!);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Request type' }).value).toBe('repair');
    await waitFor(() =>
      expect(calls.filter((c) => c.path === '/rules/evaluate').at(-1)!.body).toEqual({
        facts: {
          channel: 'phone',
          description: '3栋1202天花板漏水，水一直往下滴',
          type: 'repair',
          inHome: true,
        },
      }),
    );
  });

  it('asks the deciding question first, in Chinese, and its answer is a fact', async () => {
    const { calls } = setup(leakRuleset(), 'zh-CN');
    fireEvent.change(screen.getByRole('textbox', { name: '客户描述' }), {
      target: { value: '3栋1202天花板漏水，水一直往下滴' },
    });
    const question = screen.getByTestId('deciding-question');
    expect(question.textContent).toContain('正在跑水？');
    expect(question.textContent).toContain('是：紧急委托 · water-leak');
    expect(question.textContent).toContain('否：特约委托 · in-home-repair');
    // First among the facts to ask.
    const flags = question.closest('fieldset')!;
    expect(flags.firstElementChild?.nextElementSibling).toBe(question);
    fireEvent.click(within(question).getByRole('button', { name: '是' }));
    expect(screen.queryByTestId('deciding-question')).toBeNull();
    await waitFor(() =>
      expect(calls.filter((c) => c.path === '/rules/evaluate').at(-1)!.body).toMatchObject({
        facts: { waterFlowing: true },
      }),
    );
  });
});
