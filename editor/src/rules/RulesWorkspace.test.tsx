import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { RulesWorkspace } from './RulesWorkspace';

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
});
