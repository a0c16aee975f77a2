import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Flow } from '@frontstage/engine';
import { I18nProvider } from '../../i18n/I18nProvider';
import { FlowProperties } from './FlowProperties';

afterEach(cleanup);

function renderFlow(flow: Flow, locale: 'en' | 'zh-CN' = 'en') {
  let current = flow;
  render(
    <I18nProvider initial={locale}>
      <FlowProperties flow={flow} facts={[]} fromTask onChange={(patch) => (current = patch(current))} />
    </I18nProvider>,
  );
  return () => current;
}

describe('FlowProperties', () => {
  const flow: Flow = {
    id: 'satisfied-closed',
    from: 'satisfied',
    to: 'closed',
    label: { 'zh-CN': '满意', en: 'Satisfied' },
  };

  it('keeps the other language when one language of the label is cleared', () => {
    const result = renderFlow(flow);
    const en = screen.getByRole('textbox', { name: 'Label (English)' });
    fireEvent.change(en, { target: { value: '' } });
    fireEvent.blur(en);
    expect(result().label).toEqual({ 'zh-CN': '满意', en: '满意' });
  });

  it('names the JSON view of the condition in the page language', () => {
    renderFlow(flow, 'zh-CN');
    expect(screen.getByText('条件 JSON')).toBeTruthy();
  });
});
