import {
  AreaKind,
  maskPhone,
  type CommonArea,
  type Customer,
  type CustomerRole,
  type Holding,
  type Site,
  type Unit,
} from '@frontstage/engine';
import type { CurrentUserData } from '../common/roles.decorator.js';
import { bool } from '../database/sql.js';

// Rows as the estate's queries read them (snake_case, numbers as the driver gives them) and the
// mappers that shape them for the wire. The phone rule lives here once: the full number only for
// those who call customers.

/** Supervisors and the customer-service desk call customers back; everyone else reads phones masked. */
export function callsCustomers(user: Pick<CurrentUserData, 'role' | 'team'>): boolean {
  return user.role === 'supervisor' || (user.role === 'staff' && user.team === 'customer_service');
}

export interface SiteRecord {
  id: string;
  name: string;
  address: string | null;
  calendar: string | null;
  assignment: string;
  created_at: string;
  units: number | string;
}

export const siteView = (r: SiteRecord): Site => ({
  id: r.id,
  name: r.name,
  address: r.address,
  calendar: r.calendar === null ? null : (JSON.parse(r.calendar) as Site['calendar']),
  assignment: JSON.parse(r.assignment) as Site['assignment'],
  units: Number(r.units),
  createdAt: r.created_at,
});

export interface UnitRecord {
  id: string;
  site_id: string;
  building_id: string;
  code: string;
  building: string;
  entrance: string | null;
  room: string;
  floor_area: number | string | null;
}

export const unitView = (r: UnitRecord): Unit => ({
  id: r.id,
  siteId: r.site_id,
  buildingId: r.building_id,
  code: r.code,
  building: r.building,
  entrance: r.entrance,
  room: r.room,
  floorArea: r.floor_area === null ? null : Number(r.floor_area),
});

export interface AreaRecord {
  id: string;
  site_id: string;
  code: string;
  name: string;
  kind: string;
}

export const areaView = (r: AreaRecord): CommonArea => ({
  id: r.id,
  siteId: r.site_id,
  code: r.code,
  name: r.name,
  // A kind this version does not know (a newer one wrote it) reads as other.
  kind: AreaKind.safeParse(r.kind).data ?? 'other',
});

export interface CustomerRecord {
  id: string;
  name: string;
  phone: string;
  importance: string;
  member: unknown;
  kind: string;
  created_at: string;
}

export interface HoldingRecord {
  id: string;
  customer_id: string;
  unit_id: string;
  unit_code: string;
  site_id: string;
  role: string;
  since: string | null;
  until: string | null;
}

export const holdingView = (r: HoldingRecord): Holding => ({
  id: r.id,
  unitId: r.unit_id,
  unitCode: r.unit_code,
  siteId: r.site_id,
  role: r.role as CustomerRole,
  since: r.since,
  until: r.until,
});

/** A customer as `user` may read it: phone masked unless they call customers. */
export function customerView(
  r: CustomerRecord,
  holdings: readonly HoldingRecord[],
  showPhone: boolean,
): Customer {
  return {
    id: r.id,
    name: r.name,
    phone: showPhone ? r.phone : maskPhone(r.phone),
    phoneMasked: !showPhone,
    segments: {
      importance: r.importance as Customer['segments']['importance'],
      member: bool(r.member),
      kind: r.kind as Customer['segments']['kind'],
    },
    holdings: holdings.map(holdingView),
    createdAt: r.created_at,
  };
}
