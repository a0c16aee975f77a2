import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Blueprint, VersionSummary } from '@frontstage/engine';
import { ApiError, type ApiClient } from '../api/client';
import { sampleBlueprint } from '../shared/sample-blueprint';
import { removeElements } from './model/edit-steps';
import { renderDesigner } from './test-utils';

afterEach(cleanup);

const summary = (version: number): VersionSummary => ({
  key: 'sample-repair',
  version,
  hash: `${version}`.repeat(64),
  publishedAt: `2026-11-2${version}T08:30:00.000Z`,
  publishedBy: version === 2 ? 'li.wei' : 'designer',
});

/** v1 is the sample; v2 drops "notify", adds "inspect" and renames "fix". */
function v2(): Blueprint {
  const bp = removeElements(sampleBlueprint(), ['notify'], []);
  return {
    ...bp,
    steps: [
      ...bp.steps.map((s) =>
        s.id === 'fix' ? { ...s, label: { 'zh-CN': '修理', en: 'Repair on site' } } : s,
      ),
      {
        id: 'inspect',
        type: 'task',
        lane: 'backstage',
        roles: ['supervisor'],
        label: { 'zh-CN': '检查', en: 'Inspect' },
      },
    ],
  };
}

function fakeApi(overrides: Partial<Record<keyof ApiClient, unknown>> = {}): ApiClient {
  const api = {
    blueprints: async () => [],
    heldRoles: async () =>
      ['frontdesk', 'dispatcher', 'engineer', 'supervisor'].map((role) => ({ role, users: 1 })),
    rules: async () => Promise.reject(new Error('not asked for here')),
    versions: async () => [summary(2), summary(1)],
    version: async (_key: string, version: number) => ({
      ...summary(version),
      blueprint: version === 2 ? v2() : sampleBlueprint(),
    }),
    ...overrides,
  };
  return api as unknown as ApiClient;
}

async function compare(a: string, b: string) {
  fireEvent.change(screen.getByRole('combobox', { name: 'Compare' }), { target: { value: a } });
  fireEvent.change(screen.getByRole('combobox', { name: 'with' }), { target: { value: b } });
  fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
}

describe('Designer versions', () => {
  it('lists the published versions, newest first, with when and by whom', async () => {
    renderDesigner({ api: fakeApi() });
    fireEvent.click(screen.getByRole('tab', { name: 'Versions' }));
    const list = await screen.findByTestId('version-list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-version'))).toEqual(['2', '1']);
    expect(items[0]!.textContent).toMatch(/li\.wei/);
    expect(items[0]!.textContent).toMatch(/2026/);
    expect(screen.getByTestId('latest-version').textContent).toBe('v2');
  });

  it('draws the newer of two published versions read-only, marking what it added and changed', async () => {
    const d = renderDesigner({ api: fakeApi() });
    fireEvent.click(screen.getByRole('tab', { name: 'Versions' }));
    await screen.findByTestId('version-list');
    await compare('1', '2');
    expect((await screen.findByTestId('version-view')).textContent).toMatch(/Showing v2, read-only/);
    // The canvas draws its nodes after the header says which version it shows: wait for them.
    await waitFor(() => expect(d.node('inspect')!.querySelector('.step.diff-added')).toBeTruthy());
    expect(d.node('fix')!.querySelector('.step.diff-changed')).toBeTruthy();
    expect(d.node('notify')).toBeNull();
    const removed = d.container.querySelector('.changes .change-removed')!;
    expect(removed.textContent).toMatch(/Notify engineer/);
    expect(d.container.querySelector<HTMLButtonElement>('[data-palette=task]')!.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the draft' }));
    expect(screen.queryByTestId('version-view')).toBeNull();
    await waitFor(() => expect(d.node('notify')).toBeTruthy());
    expect(d.node('inspect')).toBeNull();
  });

  it('lists the field-level changes, and an entry highlights its step on the version drawn', async () => {
    const d = renderDesigner({ api: fakeApi() });
    fireEvent.click(screen.getByRole('tab', { name: 'Versions' }));
    await screen.findByTestId('version-list');
    await compare('1', '2');
    const list = await screen.findByTestId('diff-list');
    const label = within(list)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-field') === 'label.zh-CN')!;
    expect(label.textContent).toMatch(/changed\s*Repair on site · Label · Chinese\s*上门维修 → 修理/);
    await waitFor(() => expect(d.node('fix')).toBeTruthy());
    expect(d.node('fix')!.classList.contains('selected')).toBe(false);
    fireEvent.click(within(label).getByRole('button'));
    await waitFor(() => expect(d.node('fix')!.classList.contains('selected')).toBe(true));
    expect(screen.getByTestId('version-view')).toBeTruthy();
  });

  it('marks a comparison with the draft on the draft itself', async () => {
    const d = renderDesigner({ api: fakeApi() });
    fireEvent.click(screen.getByRole('tab', { name: 'Versions' }));
    await screen.findByTestId('version-list');
    await compare('2', '0');
    await waitFor(() => expect(d.node('notify')!.querySelector('.step.diff-added')).toBeTruthy());
    expect(d.node('inspect')).toBeNull();
    expect(screen.queryByTestId('version-view')).toBeNull();
  });

  it('says, in the page language, why a comparison failed', async () => {
    const failing = fakeApi({
      version: async () => {
        throw new ApiError(404, { statusCode: 404, error: 'not_found', message: 'version 1 not found' });
      },
    });
    renderDesigner({ api: failing, locale: 'zh-CN' });
    fireEvent.click(screen.getByRole('tab', { name: '版本' }));
    await screen.findByTestId('version-list');
    fireEvent.change(screen.getByRole('combobox', { name: '比较' }), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: '比较' }));
    expect((await screen.findByTestId('compare-failed')).textContent).toBe(
      '无法比较：未找到：可能已被删除或尚未发布',
    );
  });

  it('still lists every version from an API without the list endpoint', async () => {
    const older = fakeApi({
      versions: async () => {
        throw new ApiError(404, { statusCode: 404, error: 'not_found', message: 'Cannot GET' });
      },
      blueprints: async () => [
        { key: 'sample-repair', name: null, class: null, draftUpdatedAt: null, latest: summary(3) },
      ],
    });
    renderDesigner({ api: older });
    fireEvent.click(screen.getByRole('tab', { name: 'Versions' }));
    const list = await screen.findByTestId('version-list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-version')),
    ).toEqual(['3', '2', '1']);
  });
});
