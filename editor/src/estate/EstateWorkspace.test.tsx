import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../app/session';
import { I18nProvider } from '../i18n/I18nProvider';
import { areaFixture, owner, siteFixture, unitFixture } from '../test-support/estate-fixture';
import { fakeApi } from '../test-support/fake-api';
import { EstateWorkspace } from './EstateWorkspace';

afterEach(cleanup);

function setup(role: Session['role']) {
  const fake = fakeApi(({ method, path }) => {
    if (method !== 'GET') return undefined;
    if (path === '/sites')
      return { body: [siteFixture(), siteFixture({ id: 'keyuan', name: '科苑科技园', units: 180 })] };
    if (path === '/sites/cuihu/buildings')
      return { body: [{ id: unitFixture().buildingId, siteId: 'cuihu', name: '3栋', units: 128 }] };
    if (path.startsWith('/sites/cuihu/units?'))
      return { body: { items: [unitFixture()], limit: 50, nextCursor: null } };
    if (path === `/sites/cuihu/units/${unitFixture().id}`)
      return { body: { ...unitFixture(), occupants: [owner()] } };
    if (path === '/sites/cuihu/areas') return { body: [areaFixture()] };
    return undefined;
  });
  const session: Session = { api: fake.api, username: role, role, sites: '*' };
  render(
    <I18nProvider initial="en">
      <EstateWorkspace session={session} />
    </I18nProvider>,
  );
  return fake;
}

describe('EstateWorkspace', () => {
  it('lists the sites and a site’s units by code, and shows who lives in one', async () => {
    const { calls } = setup('admin');
    await screen.findByRole('button', { name: /科苑科技园/ });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Unit code starts with' }), {
      target: { value: '3-2' },
    });
    await waitFor(() => expect(calls.some((c) => c.path === '/sites/cuihu/units?q=3-2&limit=50')).toBe(true));
    const units = screen.getByTestId('units');
    fireEvent.click(await within(units).findByRole('button', { name: '3-2-1101' }));
    const occupants = await screen.findByTestId('unit-occupants');
    expect(occupants.textContent).toContain('王秀英');
    expect(occupants.textContent).toContain('Owner');
  });

  it('lets an admin import and add areas, and a supervisor only read and export', async () => {
    setup('admin');
    await screen.findByRole('button', { name: /科苑科技园/ });
    fireEvent.click(screen.getByRole('button', { name: 'Import and export' }));
    expect(screen.getByTestId('import-panel')).toBeTruthy();
    cleanup();
    setup('supervisor');
    await screen.findByRole('button', { name: /科苑科技园/ });
    expect(screen.getByText('Read only')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Common areas' }));
    await screen.findByText('大门');
    expect(screen.queryByRole('button', { name: 'Add area' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import and export' }));
    expect(screen.queryByTestId('import-panel')).toBeNull();
    expect(screen.getByTestId('estate-export')).toBeTruthy();
  });

  it('adds an area with its kind, listed in the page language', async () => {
    const fake = fakeApi(({ method, path }) => {
      if (method === 'GET' && path === '/sites') return { body: [siteFixture()] };
      if (method === 'GET' && path === '/sites/cuihu/areas')
        return {
          body: [areaFixture(), areaFixture({ id: 'a2', code: 'ROOF-3', name: '3栋屋顶', kind: 'roof' })],
        };
      if (method === 'POST' && path === '/sites/cuihu/areas')
        return { status: 201, body: areaFixture({ code: 'CORRIDOR-3', name: '3栋走廊', kind: 'corridor' }) };
      return { body: [] };
    });
    const session: Session = { api: fake.api, username: 'admin', role: 'admin', sites: '*' };
    render(
      <I18nProvider initial="zh-CN">
        <EstateWorkspace session={session} />
      </I18nProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: '公共区域' }));
    const roof = await screen.findByText('3栋屋顶');
    expect(roof.closest('tr')?.querySelector('[data-kind=roof]')?.textContent).toBe('屋顶');
    fireEvent.change(document.querySelector('input[name=area-code]')!, { target: { value: 'CORRIDOR-3' } });
    fireEvent.change(document.querySelector('input[name=area-name]')!, { target: { value: '3栋走廊' } });
    const kinds = screen.getByRole<HTMLSelectElement>('combobox', { name: /类型/ });
    expect([...kinds.options].map((o) => o.textContent)).toEqual(
      expect.arrayContaining(['走廊/楼道', '屋顶']),
    );
    fireEvent.change(kinds, { target: { value: 'corridor' } });
    fireEvent.submit(kinds.closest('form')!);
    await waitFor(() =>
      expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
        code: 'CORRIDOR-3',
        name: '3栋走廊',
        kind: 'corridor',
      }),
    );
  });
});
