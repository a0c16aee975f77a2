import type { Calendar, CustomerRole, SiteAssignment } from '@frontstage/engine';
import { EntitySchema } from 'typeorm';

// The estate's tables (migration 1764100000000-estate), mapped like database/entities.ts: plain
// interfaces, EntitySchema, ISO-8601 strings for times, JSON as text.

export interface SiteRow {
  id: string;
  name: string;
  address: string | null;
  /** The site's working calendar; null: the company's (FRONTSTAGE_CALENDAR). */
  calendar: Calendar | null;
  assignment: SiteAssignment;
  createdAt: string;
}

export interface BuildingRow {
  id: string;
  siteId: string;
  name: string;
}

export interface UnitRow {
  id: string;
  siteId: string;
  buildingId: string;
  /** The engine's unitCode (`3-2-1101`, `A-0301`): unique within the site. */
  code: string;
  entrance: string | null;
  room: string;
  floorArea: number | null;
}

export interface CommonAreaRow {
  id: string;
  siteId: string;
  code: string;
  name: string;
  /** An engine AREA_KINDS value: the rules' `location` when intake picks this area. */
  kind: string;
}

export interface CustomerRow {
  id: string;
  name: string;
  /** Normalized by the engine's normalizePhone; never logged or sent unmasked to who does not call customers. */
  phone: string;
  importance: 'important' | 'ordinary';
  member: boolean;
  kind: 'residential' | 'commercial' | 'institutional';
  createdAt: string;
  updatedAt: string;
}

/** A customer's tie to a unit (a Holding on the wire). */
export interface CustomerUnitRow {
  id: string;
  customerId: string;
  unitId: string;
  /** The unit's site, copied so a site's customers are found without joining units. */
  siteId: string;
  role: CustomerRole;
  since: string | null;
  until: string | null;
}

export interface UserSiteRow {
  userId: string;
  siteId: string;
}

const str = (length: number, nullable = false) => ({ type: 'varchar' as const, length, nullable });
const json = (nullable = false) => ({ type: 'simple-json' as const, nullable });
const siteId = { ...str(40), name: 'site_id' };

export const SiteEntity = new EntitySchema<SiteRow>({
  name: 'Site',
  tableName: 'sites',
  columns: {
    id: { ...str(40), primary: true },
    name: str(200),
    address: str(400, true),
    calendar: json(true),
    assignment: json(),
    createdAt: { ...str(30), name: 'created_at' },
  },
});

export const BuildingEntity = new EntitySchema<BuildingRow>({
  name: 'Building',
  tableName: 'buildings',
  columns: {
    id: { ...str(36), primary: true },
    siteId,
    name: str(100),
  },
});

export const UnitEntity = new EntitySchema<UnitRow>({
  name: 'Unit',
  tableName: 'units',
  columns: {
    id: { ...str(36), primary: true },
    siteId,
    buildingId: { ...str(36), name: 'building_id' },
    code: str(64),
    entrance: str(20, true),
    room: str(20),
    floorArea: { type: 'real', nullable: true, name: 'floor_area' },
  },
});

export const CommonAreaEntity = new EntitySchema<CommonAreaRow>({
  name: 'CommonArea',
  tableName: 'common_areas',
  columns: {
    id: { ...str(36), primary: true },
    siteId,
    code: str(64),
    name: str(200),
    kind: { ...str(20), default: 'other' },
  },
});

export const CustomerEntity = new EntitySchema<CustomerRow>({
  name: 'Customer',
  tableName: 'customers',
  columns: {
    id: { ...str(36), primary: true },
    name: str(200),
    phone: { ...str(20), unique: true },
    importance: str(20),
    member: { type: 'boolean', default: false },
    kind: str(20),
    createdAt: { ...str(30), name: 'created_at' },
    updatedAt: { ...str(30), name: 'updated_at' },
  },
});

export const CustomerUnitEntity = new EntitySchema<CustomerUnitRow>({
  name: 'CustomerUnit',
  tableName: 'customer_units',
  columns: {
    id: { ...str(36), primary: true },
    customerId: { ...str(36), name: 'customer_id' },
    unitId: { ...str(36), name: 'unit_id' },
    siteId,
    role: str(20),
    since: str(10, true),
    until: str(10, true),
  },
});

export const UserSiteEntity = new EntitySchema<UserSiteRow>({
  name: 'UserSite',
  tableName: 'user_sites',
  columns: {
    userId: { ...str(36), primary: true, name: 'user_id' },
    siteId: { ...siteId, primary: true },
  },
});

export const ESTATE_ENTITIES = [
  SiteEntity,
  BuildingEntity,
  UnitEntity,
  CommonAreaEntity,
  CustomerEntity,
  CustomerUnitEntity,
  UserSiteEntity,
];
