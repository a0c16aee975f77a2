import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { DurationPicker, type Clock } from './DurationPicker';

afterEach(cleanup);

/** The picker over a stored duration and clock, as the step panel holds them. */
function renderPicker(initial: string, locale: 'en' | 'zh-CN' = 'en') {
  const stored = { duration: initial, clock: 'wall' as Clock };
  function Holder() {
    const [duration, setDuration] = useState(initial);
    const [clock, setClock] = useState<Clock>('wall');
    return (
      <DurationPicker
        value={duration}
        clock={clock}
        onChange={(d) => setDuration((stored.duration = d))}
        onClock={(c) => setClock((stored.clock = c))}
      />
    );
  }
  render(
    <I18nProvider initial={locale}>
      <Holder />
    </I18nProvider>,
  );
  return stored;
}

const amount = () => screen.getByRole<HTMLInputElement>('spinbutton', { name: 'How long' });
const unit = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Unit' });

describe('DurationPicker', () => {
  it('shows PT4H as 4 hours and stores 2 hours as PT2H', () => {
    const stored = renderPicker('PT4H');
    expect(amount().value).toBe('4');
    expect(unit().value).toBe('hours');
    fireEvent.change(amount(), { target: { value: '2' } });
    fireEvent.blur(amount());
    expect(stored.duration).toBe('PT2H');
  });

  it('changes the unit of the amount shown: 2 hours become 2 days (P2D)', () => {
    const stored = renderPicker('PT2H');
    fireEvent.change(unit(), { target: { value: 'days' } });
    expect(stored.duration).toBe('P2D');
  });

  it('shows PT1H30M exactly, as 90 minutes', () => {
    renderPicker('PT1H30M');
    expect(amount().value).toBe('90');
    expect(unit().value).toBe('minutes');
  });

  it('keeps a duration it cannot show (PT90S) and says so, until another is entered', () => {
    const stored = renderPicker('PT90S');
    expect(screen.getByTestId('duration-raw').textContent).toMatch(/PT90S/);
    fireEvent.blur(amount());
    expect(stored.duration).toBe('PT90S');
    fireEvent.change(amount(), { target: { value: '5' } });
    fireEvent.blur(amount());
    expect(stored.duration).toBe('PT5M');
  });

  it('refuses nothing-long and negative amounts, keeping the stored one', () => {
    const stored = renderPicker('PT30M');
    fireEvent.change(amount(), { target: { value: '-3' } });
    fireEvent.blur(amount());
    expect(stored.duration).toBe('PT30M');
    expect(amount().value).toBe('30');
  });

  it('switches between calendar time and working time, in the page language', () => {
    const stored = renderPicker('P1D', 'zh-CN');
    fireEvent.click(screen.getByRole('radio', { name: '仅工作时间' }));
    expect(stored.clock).toBe('business');
    expect(screen.getByRole('option', { name: '天' })).toBeTruthy();
  });
});
