import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LocationHit, SiteScope } from '@frontstage/engine';
import { I18nProvider } from '../../i18n/I18nProvider';
import { sampleRuleset } from '../../rules/sample-ruleset';
import { customerFixture, siteFixture, unitFixture, unitHit } from '../../test-support/estate-fixture';
import { fakeApi, type SeenCall } from '../../test-support/fake-api';
import { leakClassification, ticketFixture } from '../../test-support/ticket-fixture';
import { IntakePage } from './IntakePage';

afterEach(cleanup);

const sites = [siteFixture(), siteFixture({ id: 'keyuan', name: '科苑科技园' })];

function setup(scope: SiteScope, refuse?: (call: SeenCall) => boolean) {
  const fake = fakeApi((call) => {
    const { method, path } = call;
    if (method === 'GET' && path.startsWith('/sites/cuihu/locations?')) {
      const q = new URLSearchParams(path.split('?')[1]).get('q') ?? '';
      const items: LocationHit[] = q.startsWith('3-2') ? [unitHit()] : [];
      return { body: { items } };
    }
    if (method === 'POST' && path === '/rules/evaluate')
      return { body: { rulesetVersion: 1, classification: leakClassification() } };
    if (method === 'POST' && path === '/tickets') {
      if (refuse?.(call))
        return {
          status: 400,
          body: {
            statusCode: 400,
            error: 'validation_failed',
            message: 'address names no unit of site cuihu',
            details: { field: 'address' },
          },
        };
      return { status: 201, body: ticketFixture() };
    }
    return undefined;
  });
  const onCreated = vi.fn();
  render(
    <I18nProvider initial="en">
      <IntakePage
        api={fake.api}
        ruleset={sampleRuleset()}
        sites={scope === '*' ? sites : [sites[0]!]}
        scope={scope}
        onCreated={onCreated}
      />
    </I18nProvider>,
  );
  return { ...fake, onCreated };
}

const searchBox = () => screen.getByRole('combobox', { name: 'Unit, area or customer' });
const say = (text: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: 'What the customer says' }), {
    target: { value: text },
  });

describe('IntakePage search box', () => {
  it('finds a unit as typed, picks it from the keyboard and proposes its owner as the caller', async () => {
    const { calls, onCreated } = setup(['cuihu']);
    expect(screen.queryByRole('combobox', { name: 'Site' })).toBeNull();
    fireEvent.change(searchBox(), { target: { value: '3-2-1101' } });
    const option = within(await screen.findByRole('listbox')).getByRole('option');
    expect(option.textContent).toContain('3-2-1101');
    expect(option.textContent).toContain('王秀英');
    expect(option.textContent).toContain('138****5678');
    const searched = calls.filter((c) => c.path.startsWith('/sites/cuihu/locations'));
    expect(searched.map((c) => c.path)).toEqual(['/sites/cuihu/locations?q=3-2-1101']);
    fireEvent.keyDown(searchBox(), { key: 'ArrowDown' });
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(screen.getByTestId('picked-place').textContent).toContain('3-2-1101');
    expect(screen.queryByRole('listbox')).toBeNull();
    const caller = screen.getByTestId('caller');
    expect(within(caller).getByTestId('customer-card').textContent).toContain('王秀英');

    say('卫生间漏水');
    fireEvent.click(screen.getByRole('button', { name: 'Save and open the ticket' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(ticketFixture().id));
    const post = calls.find((c) => c.method === 'POST' && c.path === '/tickets')!;
    expect(post.body).toEqual({
      facts: {
        channel: 'phone',
        description: '卫生间漏水',
        unit: '3-2-1101',
        customerName: '王秀英',
      },
      site: 'cuihu',
      unitId: unitFixture().id,
      customerId: customerFixture().id,
    });
  });

  it('lets the desk switch the caller to another occupant or to an anonymous report', async () => {
    const { calls } = setup(['cuihu']);
    fireEvent.change(searchBox(), { target: { value: '3-2' } });
    fireEvent.mouseDown(within(await screen.findByRole('listbox')).getByRole('option'));
    const occupants = screen.getByRole('group', { name: 'Who lives there' });
    fireEvent.click(within(occupants).getByRole('button', { name: /李强/ }));
    expect(screen.getByTestId('customer-card').textContent).toContain('李强');
    fireEvent.click(screen.getByRole('button', { name: 'Anonymous report' }));
    expect(screen.getByTestId('caller-anonymous')).toBeTruthy();
    say('门禁坏了');
    fireEvent.click(screen.getByRole('button', { name: 'Save and open the ticket' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/tickets')).toBe(true));
    const post = calls.find((c) => c.method === 'POST' && c.path === '/tickets')!;
    expect((post.body as Record<string, unknown>).customerId).toBeUndefined();
    expect((post.body as Record<string, unknown>).unitId).toBe(unitFixture().id);
  });

  it('sends typed address text nobody picked, and shows the refusal that names it beside the box', async () => {
    const { onCreated } = setup(
      ['cuihu'],
      (call) => (call.body as { address?: string }).address !== undefined,
    );
    fireEvent.change(searchBox(), { target: { value: '9栋9单元9999' } });
    await screen.findByTestId('no-hits');
    say('漏水');
    fireEvent.click(screen.getByRole('button', { name: 'Save and open the ticket' }));
    await waitFor(() => expect(document.querySelector('[data-field-error=place]')).toBeTruthy());
    expect(document.querySelector('[data-field-error=place]')!.textContent).toContain('address');
    expect(searchBox().getAttribute('aria-invalid')).toBe('true');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('asks a company-level user for the site and searches there', async () => {
    const { calls } = setup('*');
    const picker = screen.getByRole('combobox', { name: 'Site' });
    expect([...picker.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '翠湖苑',
      '科苑科技园',
    ]);
    fireEvent.change(picker, { target: { value: 'keyuan' } });
    fireEvent.change(searchBox(), { target: { value: 'A-03' } });
    await waitFor(() => expect(calls.some((c) => c.path === '/sites/keyuan/locations?q=A-03')).toBe(true));
  });
});
