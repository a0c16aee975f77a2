import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { sampleRuleset } from '../../rules/sample-ruleset';
import { fakeApi } from '../../test-support/fake-api';
import { leakClassification, ticketFixture } from '../../test-support/ticket-fixture';
import { IntakePage } from './IntakePage';

afterEach(cleanup);

function setup() {
  const fake = fakeApi(({ method, path }) => {
    if (method === 'POST' && path === '/rules/evaluate')
      return { body: { rulesetVersion: 1, classification: leakClassification() } };
    if (method === 'POST' && path === '/tickets') return { status: 201, body: ticketFixture() };
    return undefined;
  });
  const onCreated = vi.fn();
  render(
    <I18nProvider initial="en">
      <IntakePage api={fake.api} ruleset={sampleRuleset()} onCreated={onCreated} />
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
});
