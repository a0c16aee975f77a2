import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { DerivedFacts } from '@frontstage/engine';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { sampleRuleset } from '../../rules/sample-ruleset';
import { areaFixture } from '../../test-support/estate-fixture';
import { fakeApi } from '../../test-support/fake-api';
import { leakClassification } from '../../test-support/ticket-fixture';
import { IntakePage } from './IntakePage';

afterEach(cleanup);

const derivedFacts: DerivedFacts = {
  derived: [
    {
      name: 'previousComplaints',
      value: 2,
      given: null,
      derived: 2,
      windowDays: 90,
      ticketIds: ['t1', 't2'],
      matchedBy: ['unit', 'customer'],
    },
    { name: 'inHome', value: true, given: null, derived: true, from: { kind: 'unit', code: '3-2-1101' } },
    {
      name: 'location',
      value: 'home',
      given: null,
      derived: 'home',
      from: { kind: 'unit', code: '3-2-1101' },
    },
  ],
  facts: {
    channel: 'phone',
    description: '投诉维修没人来',
    previousComplaints: 2,
    inHome: true,
    location: 'home',
  },
};

function setup() {
  const fake = fakeApi(({ method, path }) => {
    if (method === 'GET' && path === '/sites/cuihu/areas')
      return {
        body: [
          areaFixture({ code: 'CORRIDOR-3', name: '3栋走廊/楼道', kind: 'corridor' }),
          areaFixture({ code: 'ROOF-3', name: '3栋屋顶', kind: 'roof' }),
          areaFixture({ code: 'GATE', name: '大门', kind: 'main_gate' }),
        ],
      };
    if (method === 'POST' && path === '/tickets/derived-facts') return { body: derivedFacts };
    if (method === 'POST' && path === '/rules/evaluate')
      return { body: { rulesetVersion: 1, classification: leakClassification() } };
    return undefined;
  });
  render(
    <I18nProvider initial="zh-CN">
      <IntakePage api={fake.api} ruleset={sampleRuleset()} scope={['cuihu']} onCreated={vi.fn()} />
    </I18nProvider>,
  );
  return fake;
}

describe('IntakePage with derived facts', () => {
  it('offers the site’s locations from its common areas, in the page language', async () => {
    setup();
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: '位置' });
    await waitFor(() => expect([...select.options].map((o) => o.textContent)).toContain('屋顶'));
    const labels = [...select.options].map((o) => o.textContent);
    expect(labels).toEqual(['—', '户内', '大门及周边20米', '走廊/楼道', '屋顶', '其他']);
  });

  it('shows what the server derives and where from, and classifies with it', async () => {
    const { calls } = setup();
    fireEvent.change(screen.getByRole('textbox', { name: '客户描述' }), {
      target: { value: '投诉维修没人来' },
    });
    const inHome = await screen.findByText(/户内：房号 3-2-1101/);
    expect(inHome.closest('[data-derived]')?.getAttribute('data-derived-value')).toBe('true');
    expect(document.querySelector('[data-derived=previousComplaints]')?.textContent).toContain(
      '近 90 天投诉 2 次（同一房屋、同一客户）',
    );
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: /近期投诉次数/ }).min).toBe('2');
    await waitFor(() =>
      expect(calls.filter((c) => c.path === '/rules/evaluate').at(-1)?.body).toEqual({
        facts: derivedFacts.facts,
      }),
    );
    // Not said, the toggle shows the derived value as the one in force, as the note beside it does.
    const toggle = document.querySelector<HTMLElement>('[data-fact=inHome]')!;
    expect(toggle.dataset.effective).toBe('yes');
    expect(toggle.querySelector('[data-value=yes]')?.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.querySelector('[data-value=yes]')?.hasAttribute('data-derived')).toBe(true);
    expect(toggle.querySelector('[data-value=unknown]')?.getAttribute('aria-pressed')).toBe('false');
    // The desk can still say otherwise: its yes/no goes to the server with the request.
    fireEvent.click(toggle.querySelector('[data-value=no]')!);
    await waitFor(() => expect(toggle.dataset.effective).toBe('no'));
    expect(toggle.querySelector('[data-value=no]')?.hasAttribute('data-derived')).toBe(false);
    await waitFor(() =>
      expect(calls.filter((c) => c.path === '/tickets/derived-facts').at(-1)?.body).toMatchObject({
        facts: { inHome: false },
      }),
    );
  });
});
