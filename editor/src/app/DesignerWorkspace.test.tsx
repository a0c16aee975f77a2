import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../api/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { sampleBlueprint } from '../shared/sample-blueprint';
import { DesignerWorkspace } from './DesignerWorkspace';
import { RouterProvider } from './router';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const other = { ...sampleBlueprint(), key: 'other-repair', name: { 'zh-CN': '另一个', en: 'Another one' } };

function fakeApi(): ApiClient {
  const docs = { 'sample-repair': sampleBlueprint(), 'other-repair': other };
  return {
    blueprints: async () =>
      Object.values(docs).map((b) => ({
        key: b.key,
        name: b.name,
        class: b.class,
        draftUpdatedAt: null,
        latest: null,
      })),
    draft: async (key: keyof typeof docs) => ({ key, blueprint: docs[key], updatedAt: '', report: [] }),
    versions: async () => [],
    // Who holds which role and the live ruleset are not what these tests are about.
    heldRoles: async () => Promise.reject(new Error('not asked for here')),
    rules: async () => Promise.reject(new Error('not asked for here')),
  } as unknown as ApiClient;
}

async function openWorkspace() {
  const view = render(
    <I18nProvider initial="en">
      <RouterProvider>
        <DesignerWorkspace api={fakeApi()} />
      </RouterProvider>
    </I18nProvider>,
  );
  const picker = () => screen.getByTestId<HTMLSelectElement>('blueprint-picker');
  await screen.findByRole('option', { name: /Another one/ });
  fireEvent.change(picker(), { target: { value: 'sample-repair' } });
  await screen.findByText('Repair of shared parts');
  return { view, picker };
}

describe('DesignerWorkspace', () => {
  it('switches blueprints at once while nothing is unsaved', async () => {
    const { picker } = await openWorkspace();
    fireEvent.change(picker(), { target: { value: 'other-repair' } });
    expect(await screen.findByText('Another one', { selector: '.toolbar-title strong' })).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(window.location.pathname).toBe('/designer/other-repair');
  });

  it('opens the blueprint the address names', async () => {
    window.history.replaceState(null, '', '/designer/other-repair');
    render(
      <I18nProvider initial="en">
        <RouterProvider>
          <DesignerWorkspace api={fakeApi()} />
        </RouterProvider>
      </I18nProvider>,
    );
    expect(await screen.findByText('Another one', { selector: '.toolbar-title strong' })).toBeTruthy();
  });

  it('asks before discarding unsaved edits, and keeps them when told to', async () => {
    const { view, picker } = await openWorkspace();
    fireEvent.click(view.container.querySelector('[data-palette=task]')!);
    fireEvent.change(picker(), { target: { value: 'other-repair' } });
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toMatch(/"Repair of shared parts" has unsaved changes/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(picker().value).toBe('sample-repair');
    expect(window.location.pathname).toBe('/designer/sample-repair');
    expect(view.container.querySelector('.react-flow__node[data-id="task"]')).toBeTruthy();
    fireEvent.change(picker(), { target: { value: 'other-repair' } });
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByText('Another one', { selector: '.toolbar-title strong' })).toBeTruthy();
  });
});
