import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../api/client';
import { renderDesigner } from './test-utils';

afterEach(cleanup);

/** An API whose accounts hold the desk's and the dispatcher's roles, and nobody the engineer's. */
function fakeApi(): ApiClient {
  const api = {
    blueprints: async () => [],
    versions: async () => [],
    rules: async () => Promise.reject(new Error('not asked for here')),
    heldRoles: async () => [
      { role: 'dispatcher', users: 2 },
      { role: 'frontdesk', users: 3 },
      { role: 'night_guard', users: 1 },
    ],
  };
  return api as unknown as ApiClient;
}

describe('Designer roles', () => {
  it('warns of a step for a role no user holds, and says so again before publishing', async () => {
    const d = renderDesigner({ api: fakeApi() });
    const unheld = () =>
      [...d.container.querySelectorAll('.diag[data-code="role.unheld"] .diag-msg')].map((x) => x.textContent);
    await waitFor(() => expect(unheld()).toContain('Repair on site: no user holds the role engineer'));
    expect(d.errors()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: /Publish/ }));
    const dialog = screen.getByRole('dialog');
    const listed = [...within(dialog).getByTestId('publish-warnings').querySelectorAll('li')];
    expect(listed.map((li) => li.textContent)).toContain('Repair on site: no user holds the role engineer');
    // The roles nobody holds come first: they are what would keep tickets waiting.
    expect(listed[0]!.getAttribute('data-code')).toBe('role.unheld');
  });

  it('offers the roles the accounts hold in a step’s role picker', async () => {
    const d = renderDesigner({ api: fakeApi() });
    fireEvent.click(screen.getByText('Dispatch engineer'));
    const panel = d.container.querySelector<HTMLElement>('[data-props-step="dispatch"]')!;
    const add = within(panel).getByRole('combobox', { name: 'Add a role' });
    await waitFor(() =>
      expect(within(add).getByRole('option', { name: 'night_guard (1 users)' })).toBeTruthy(),
    );
    fireEvent.change(add, { target: { value: 'night_guard' } });
    expect(d.node('dispatch')!.querySelector('.step-roles')?.textContent).toBe('Dispatcher、night_guard');
  });
});
