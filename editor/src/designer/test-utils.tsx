import { render, screen } from '@testing-library/react';
import type { Blueprint, Locale } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { sampleBlueprint } from '../shared/sample-blueprint';
import { Designer } from './Designer';

/** Renders the designer as the tests use it: a sized box, English unless told, no API unless given. */
export function renderDesigner({
  initial = sampleBlueprint(),
  api = null,
  locale = 'en',
}: { initial?: Blueprint; api?: ApiClient | null; locale?: Locale } = {}) {
  const view = render(
    <I18nProvider initial={locale}>
      <div style={{ width: 1400, height: 900 }}>
        <Designer initial={initial} api={api} />
      </div>
    </I18nProvider>,
  );
  const steps = () => view.container.querySelectorAll('.react-flow__node-step');
  const node = (id: string) =>
    view.container.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  const errors = () => Number(screen.getByTestId('error-count').textContent?.match(/\d+/)?.[0]);
  return { ...view, steps, node, errors };
}
