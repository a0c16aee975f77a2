import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDesigner } from './test-utils';

afterEach(cleanup);

const startButton = () => screen.queryByRole('button', { name: /Start a ticket/ });

describe('Designer simulation', () => {
  it('asks for the starting facts with the intake form, by the ruleset’s declarations, and starts with them', () => {
    const d = renderDesigner();
    fireEvent.click(screen.getByRole('tab', { name: 'Simulation' }));
    const form = screen.getByTestId('sim-facts');
    expect(d.container.querySelector('textarea[name=sim-facts]')).toBeNull();
    fireEvent.change(within(form).getByRole('textbox', { name: 'Description' }), {
      target: { value: ' 楼上跑水 ' },
    });
    fireEvent.click(
      within(form).getByRole('group', { name: 'Water flowing' }).querySelector('[data-value=yes]')!,
    );
    // A fact left empty is not sent: the rules read silence differently from an empty answer.
    expect(within(form).getByRole('textbox', { name: 'Location' })).toBeTruthy();
    fireEvent.click(startButton()!);
    expect(d.container.querySelector('.sim-now')?.textContent).toMatch(/Now at/);
    expect(screen.getByTestId('sim-started-facts').textContent).toBe(
      'Started with: Description 楼上跑水 · Water flowing Yes',
    );
  });

  it('starts with no facts when none is given', () => {
    renderDesigner();
    fireEvent.click(screen.getByRole('tab', { name: 'Simulation' }));
    fireEvent.click(startButton()!);
    expect(screen.queryByTestId('sim-started-facts')).toBeNull();
    expect(screen.queryByTestId('sim-refused')).toBeNull();
  });

  it('resets the run, with a note, when the blueprint changes under it, and paints no old path', () => {
    const d = renderDesigner();
    fireEvent.click(screen.getByRole('tab', { name: 'Simulation' }));
    fireEvent.click(startButton()!);
    expect(d.container.querySelectorAll('.step.sim-visited, .step.sim-current').length).toBeGreaterThan(0);
    fireEvent.click(d.container.querySelector('[data-palette=auto]')!);
    expect(screen.getByTestId('sim-stale').textContent).toMatch(/blueprint changed/);
    expect(d.container.querySelectorAll('.step.sim-visited, .step.sim-current')).toHaveLength(0);
    // Undo brings back a blueprint that compiles: the form is there again, the note with it.
    fireEvent.click(screen.getByRole('button', { name: /Undo/ }));
    expect(startButton()).toBeTruthy();
    expect(screen.getByTestId('sim-stale')).toBeTruthy();
    fireEvent.click(startButton()!);
    expect(screen.queryByTestId('sim-stale')).toBeNull();
  });

  it(
    'keeps the run through a change of layout only (same meaning, same hash)',
    { timeout: 30_000 },
    async () => {
      const d = renderDesigner();
      fireEvent.click(screen.getByRole('tab', { name: 'Simulation' }));
      fireEvent.click(startButton()!);
      const undo = screen.getByRole<HTMLButtonElement>('button', { name: /Undo/ });
      expect(undo.disabled).toBe(true);
      fireEvent.click(screen.getByRole('button', { name: /Auto layout/ }));
      // elkjs loads on first use, which takes a while on a busy machine.
      await waitFor(() => expect(undo.disabled).toBe(false), { timeout: 15_000 });
      expect(screen.queryByTestId('sim-stale')).toBeNull();
      expect(d.container.querySelector('.sim-now')).toBeTruthy();
    },
  );
});
