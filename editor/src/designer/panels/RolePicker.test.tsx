import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { RoleChoice } from '../model/roles';
import { RolePicker } from './RolePicker';

afterEach(cleanup);

const CHOICES: RoleChoice[] = [
  { role: 'dispatcher', label: { 'zh-CN': '调度', en: 'Dispatcher' }, users: 2 },
  { role: 'engineer', users: 3 },
  { role: 'plumber', users: 0 },
];

function renderPicker(initial: string[], locale: 'en' | 'zh-CN' = 'en') {
  const result = { roles: initial };
  function Holder() {
    const [roles, setRoles] = useState(initial);
    return (
      <RolePicker
        name="roles"
        label="Roles"
        roles={roles}
        choices={CHOICES}
        onChange={(r) => setRoles((result.roles = r))}
      />
    );
  }
  const view = render(
    <I18nProvider initial={locale}>
      <Holder />
    </I18nProvider>,
  );
  return { result, view };
}

const adder = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Add a role' });

describe('RolePicker', () => {
  it('offers the roles that exist, not those already chosen, with who holds them', () => {
    renderPicker(['dispatcher']);
    const options = within(adder())
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Add a role…', 'engineer (3 users)', 'plumber (nobody holds it)', 'New role…']);
  });

  it('adds a role picked from the list and removes one', () => {
    const { result } = renderPicker(['dispatcher']);
    fireEvent.change(adder(), { target: { value: 'engineer' } });
    expect(result.roles).toEqual(['dispatcher', 'engineer']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove dispatcher' }));
    expect(result.roles).toEqual(['engineer']);
  });

  it('marks a chosen role nobody holds', () => {
    const { view } = renderPicker(['plumber'], 'zh-CN');
    const chip = view.container.querySelector('[data-role=plumber]')!;
    expect(chip.className).toBe('is-unheld');
    expect(chip.textContent).toMatch(/无人担任/);
  });

  it('adds a new role only deliberately, and only a well-formed one', () => {
    const { result } = renderPicker([]);
    expect(screen.queryByRole('textbox', { name: 'Name of the new role' })).toBeNull();
    fireEvent.change(adder(), { target: { value: '__new' } });
    const name = screen.getByRole('textbox', { name: 'Name of the new role' });
    fireEvent.change(name, { target: { value: 'Night Guard' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(result.roles).toEqual([]);
    expect(screen.getByText(/lower-case letters/)).toBeTruthy();
    fireEvent.change(name, { target: { value: 'night_guard' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(result.roles).toEqual(['night_guard']);
  });
});
