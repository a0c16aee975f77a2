import type { AreaKindValue, SiteAssignment } from '@frontstage/engine';
import { createHash } from 'node:crypto';
import type {
  BuildingRow,
  CommonAreaRow,
  CustomerRow,
  CustomerUnitRow,
  SiteRow,
  UnitRow,
} from '../estate/estate.entities.js';
import { COMPANY_KINDS, COMPANY_PLACES, COMPANY_WORDS, GIVEN_NAMES, SURNAMES } from './demo-names.js';

// The demo estate a fresh database starts with: 翠湖苑 (cuihu), a residential estate of 12
// buildings × 2 entrances × 32 floors × 2 homes = 1,536 units with owners, tenants and family
// members, and 科苑科技园 (keyuan), an office park of 3 buildings × 60 offices let to companies.
// The same every time (a seeded generator, ids derived from names), so demos and tests can name
// a unit, a customer or a phone number.

export interface DemoEstate {
  sites: SiteRow[];
  buildings: BuildingRow[];
  units: UnitRow[];
  areas: CommonAreaRow[];
  customers: CustomerRow[];
  holdings: CustomerUnitRow[];
}

const COMPANY_DEFAULT: SiteAssignment = { blueprints: null, rulesetVersion: null };

/** A uuid-shaped id derived from a name, so the demo's ids do not change between databases. */
export function stableId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('/')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** mulberry32: a small seeded generator, so the demo's people are the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo estate, with `at` as every record's creation time. */
export function demoEstate(at: string): DemoEstate {
  const estate: DemoEstate = { sites: [], buildings: [], units: [], areas: [], customers: [], holdings: [] };
  const rnd = random(17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const dateIn = (fromYear: number, toYear: number) => {
    const year = fromYear + Math.floor(rnd() * (toYear - fromYear + 1));
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  const site = (id: string, name: string, address: string) =>
    estate.sites.push({ id, name, address, calendar: null, assignment: COMPANY_DEFAULT, createdAt: at });
  const building = (siteId: string, name: string) => {
    const row = { id: stableId(siteId, 'building', name), siteId, name };
    estate.buildings.push(row);
    return row;
  };
  const area = (siteId: string, code: string, name: string, kind: AreaKindValue) =>
    estate.areas.push({ id: stableId(siteId, 'area', code), siteId, code, name, kind });
  let mobiles = 0;
  // 138 and eight digits: i × 7,654,321 mod 10^8 is one-to-one (the factor is prime to 10), so no two collide.
  const mobile = () => `138${String((++mobiles * 7_654_321 + 12_345_678) % 100_000_000).padStart(8, '0')}`;
  const customer = (
    name: string,
    phone: string,
    segments: Pick<CustomerRow, 'importance' | 'member' | 'kind'>,
  ) => {
    const row: CustomerRow = {
      id: stableId('customer', phone),
      name,
      phone,
      ...segments,
      createdAt: at,
      updatedAt: at,
    };
    estate.customers.push(row);
    return row;
  };
  const hold = (who: CustomerRow, unit: UnitRow, role: CustomerUnitRow['role'], since: string) =>
    estate.holdings.push({
      id: stableId('holding', who.id, unit.id, role),
      customerId: who.id,
      unitId: unit.id,
      siteId: unit.siteId,
      role,
      since,
      until: null,
    });
  const person = () => `${pick(SURNAMES)}${pick(GIVEN_NAMES)}`;

  site('cuihu', '翠湖苑', '深圳市南山区翠湖路 88 号');
  const perBuilding = (code: string, name: string, kind: AreaKindValue) =>
    Array.from({ length: 12 }, (_, i) => [`${code}-${i + 1}`, `${i + 1}栋${name}`, kind] as const);
  for (const [code, name, kind] of [
    ['GATE', '大门', 'main_gate'],
    ['GARAGE', '地下车库', 'car_park'],
    ['GARDEN', '中心花园', 'garden'],
    ['CLUB', '会所', 'activity_area'],
    ['ROAD', '小区道路', 'road'],
    ['REFUSE', '垃圾房', 'bins'],
    ['OFFICE', '物业服务中心', 'other'],
    ...perBuilding('LIFT', '电梯', 'lift'),
    ...perBuilding('CORRIDOR', '走廊/楼道', 'corridor'),
    ...perBuilding('STAIRS', '消防楼梯', 'fire_stairs'),
    ...perBuilding('ROOF', '屋顶', 'roof'),
  ] as const)
    area('cuihu', code, name, kind);
  let owner: CustomerRow | null = null;
  for (let b = 1; b <= 12; b++) {
    const block = building('cuihu', String(b));
    for (let e = 1; e <= 2; e++)
      for (let floor = 1; floor <= 32; floor++)
        for (let r = 1; r <= 2; r++) {
          const room = `${floor}0${r}`;
          const code = `${b}-${e}-${room}`;
          const unit: UnitRow = {
            id: stableId('cuihu', 'unit', code),
            siteId: 'cuihu',
            buildingId: block.id,
            code,
            entrance: String(e),
            room,
            floorArea: r === 1 ? (b <= 6 ? 89.5 : 96.8) : b <= 6 ? 128.3 : 142.6,
          };
          estate.units.push(unit);
          if (rnd() < 0.04) continue; // unsold or not yet registered
          // Now and then the owner of the home before owns this one too.
          if (!owner || rnd() >= 0.03)
            owner = customer(person(), mobile(), {
              importance: rnd() < 0.06 ? 'important' : 'ordinary',
              member: rnd() < 0.2,
              kind: 'residential',
            });
          hold(owner, unit, 'owner', dateIn(2016, 2024));
          if (rnd() < 0.12) {
            const tenant = customer(person(), mobile(), {
              importance: 'ordinary',
              member: rnd() < 0.05,
              kind: 'residential',
            });
            hold(tenant, unit, 'tenant', dateIn(2023, 2025));
          } else if (rnd() < 0.06) {
            const family = customer(person(), mobile(), {
              importance: 'ordinary',
              member: false,
              kind: 'residential',
            });
            hold(family, unit, 'occupant', dateIn(2018, 2025));
          }
        }
  }

  site('keyuan', '科苑科技园', '深圳市南山区科苑南路 3009 号');
  for (const [code, name, kind] of [
    ['GATE', '园区大门', 'main_gate'],
    ['PARKING', '停车场', 'car_park'],
    ['CANTEEN', '员工食堂', 'other'],
    ['LOBBY-A', 'A座大堂', 'lobby'],
    ['LOBBY-B', 'B座大堂', 'lobby'],
    ['LOBBY-C', 'C座大堂', 'lobby'],
    ['ROOF-A', 'A座屋顶', 'roof'],
  ] as const)
    area('keyuan', code, name, kind);
  let fixedLines = 0;
  const companies = new Set<string>();
  const company = () => {
    let name = '';
    do name = `${pick(COMPANY_PLACES)}${pick(COMPANY_WORDS)}${pick(COMPANY_KINDS)}`;
    while (companies.has(name));
    companies.add(name);
    const phone = `0755-26${String((++fixedLines * 390_137 + 104_729) % 1_000_000).padStart(6, '0')}`;
    return customer(name, phone, {
      importance: rnd() < 0.15 ? 'important' : 'ordinary',
      member: rnd() < 0.1,
      kind: 'commercial',
    });
  };
  for (const name of ['A', 'B', 'C']) {
    const block = building('keyuan', name);
    let tenant: CustomerRow | null = null;
    let left = 0;
    for (let floor = 1; floor <= 6; floor++)
      for (let r = 1; r <= 10; r++) {
        const room = `${String(floor).padStart(2, '0')}${String(r).padStart(2, '0')}`;
        const unit: UnitRow = {
          id: stableId('keyuan', 'unit', `${name}-${room}`),
          siteId: 'keyuan',
          buildingId: block.id,
          code: `${name}-${room}`,
          entrance: null,
          room,
          floorArea: 150 + 10 * Math.floor(rnd() * 26),
        };
        estate.units.push(unit);
        // A company rents one to four offices side by side; about one office in five stands empty.
        if (left === 0) {
          tenant = rnd() < 0.8 ? company() : null;
          left = 1 + Math.floor(rnd() * 4);
        }
        left -= 1;
        if (tenant) hold(tenant, unit, 'tenant', dateIn(2020, 2025));
      }
  }
  return estate;
}
