import { readEstateRows, type EstateColumn } from '@frontstage/engine';
import { describe, expect, it } from 'vitest';
import { planImport, type SiteState } from './import-plan.js';

const HEAD = ['楼栋', '单元', '房号', '建筑面积', '客户姓名', '身份', '电话', '客户类别', '入住日期'];
const TODAY = '2026-11-24';

/** A site with building 3, unit 3-2-1101 (89.5 m²) held by 王伟 (13812345678) as owner. */
function site(): SiteState {
  return {
    siteId: 'cuihu',
    buildings: new Map([['3', 'b3']]),
    units: new Map([['3-2-1101', { id: 'u1', floorArea: 89.5 }]]),
    customers: new Map([
      [
        '13812345678',
        {
          id: 'c1',
          name: '王伟',
          phone: '13812345678',
          importance: 'important',
          member: true,
          kind: 'residential',
        },
      ],
    ]),
    holdings: new Map([['c1|u1|owner', { id: 'h1', until: null }]]),
    holders: new Map([['u1', ['13812345678']]]),
  };
}

function plan(body: string[][], state = site()) {
  const table = [HEAD, ...body];
  const { rows, problems } = readEstateRows(table, TODAY);
  expect(problems).toEqual([]);
  let n = 0;
  return planImport({
    rows,
    state,
    heading: (column: EstateColumn) =>
      HEAD[
        ['building', 'entrance', 'room', 'floorArea', 'name', 'role', 'phone', 'segments', 'since'].indexOf(
          column,
        )
      ]!,
    given: (row, column) =>
      (table[row - 1]?.[
        ['building', 'entrance', 'room', 'floorArea', 'name', 'role', 'phone', 'segments', 'since'].indexOf(
          column,
        )
      ] ?? '') !== '',
    newId: () => `new-${++n}`,
    now: `${TODAY}T00:00:00.000Z`,
  });
}

describe('planImport', () => {
  it('changes nothing when the file says what the site holds', () => {
    const p = plan([
      ['3', '2', '1101', '89.5', '王伟', '业主', '13812345678', '重要;会员;住宅', '2020-01-01'],
    ]);
    expect([
      p.buildings,
      p.units,
      p.unitAreas,
      p.customers,
      p.customerUpdates,
      p.holdings,
      p.problems,
    ]).toEqual([[], [], [], [], [], [], []]);
  });

  it('creates buildings, units, customers and holdings the site lacks, one customer per phone', () => {
    const p = plan([
      ['5', '1', '101', '', '李娜', '业主', '139 0000 1111', '', ''],
      ['5', '1', '102', '', '李娜', '业主', '13900001111', '', ''],
      ['5', '1', '102', '', '赵强', '租户', '13900002222', '', '2025-03-01'],
    ]);
    expect(p.buildings.map((b) => b.name)).toEqual(['5']);
    expect(p.units.map((u) => [u.code, u.buildingId])).toEqual([
      ['5-1-101', 'new-1'],
      ['5-1-102', 'new-1'],
    ]);
    expect(p.customers.map((c) => [c.name, c.phone])).toEqual([
      ['李娜', '13900001111'],
      ['赵强', '13900002222'],
    ]);
    expect(p.holdings.map((h) => [h.role, h.since])).toEqual([
      ['owner', null],
      ['owner', null],
      ['tenant', '2025-03-01'],
    ]);
  });

  it('reads a masked phone back as the number of the unit’s holder it masks', () => {
    const p = plan([['3', '2', '1101', '', '王伟', '业主', '138****5678', '', '']]);
    expect([p.customers, p.customerUpdates, p.holdings, p.problems]).toEqual([[], [], [], []]);
  });

  it('names the row and column of a masked phone that masks no holder', () => {
    const p = plan([['3', '2', '1101', '', '王伟', '业主', '139****5678', '', '']]);
    expect(p.problems).toEqual([{ row: 2, column: '电话', reason: expect.stringContaining('139****5678') }]);
  });

  it('updates a floor area and a customer’s name, keeping segments the file leaves empty', () => {
    const p = plan([['3', '2', '1101', '92', '王大伟', '业主', '13812345678', '', '']]);
    expect(p.unitAreas).toEqual([{ id: 'u1', floorArea: 92 }]);
    expect(p.customerUpdates).toEqual([
      {
        id: 'c1',
        name: '王大伟',
        phone: '13812345678',
        importance: 'important',
        member: true,
        kind: 'residential',
      },
    ]);
  });

  it('refuses one unit with two floor areas, naming the later row', () => {
    const p = plan([
      ['6', '1', '101', '80', '', '', '', '', ''],
      ['6', '1', '101', '81', '周杰', '租户', '13900003333', '', ''],
    ]);
    expect(p.problems).toEqual([{ row: 3, column: '建筑面积', reason: expect.stringContaining('row 2') }]);
  });

  it('starts an ended holding over instead of adding a second', () => {
    const state = site();
    state.holdings = new Map([['c1|u1|owner', { id: 'h1', until: '2024-01-01' }]]);
    state.holders = new Map();
    const p = plan([['3', '2', '1101', '', '王伟', '业主', '13812345678', '', '2025-05-01']], state);
    expect([p.holdings, p.reopened]).toEqual([[], [{ id: 'h1', since: '2025-05-01' }]]);
  });
});
