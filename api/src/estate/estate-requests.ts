import {
  AreaKind,
  Calendar,
  CustomerRole,
  CustomerSegments,
  SiteAssignment,
  SiteId,
} from '@frontstage/engine';
import { z } from 'zod';
import { cursorParam, KeyText } from '../common/cursor.js';
import { queryInt } from '../common/query-int.js';
import { zodDto } from '../common/zod-dto.js';

// What the estate endpoints take: bodies, path and query parameters, validated by the one pipe.
// Phone numbers are checked by the services (normalizePhone), so a bad one is a 400 naming `phone`
// with the engine's reading of it, not a regex here that could disagree with it.

const Name = (max: number) => z.string().trim().min(1, 'required').max(max);
const IsoDate = z.iso.date('a date, YYYY-MM-DD');

export const SiteParams = z.strictObject({ site: SiteId });
export class SiteParamsDto extends zodDto(SiteParams) {}
export const UnitParams = z.strictObject({ site: SiteId, id: z.uuid('a unit id (uuid)') });
export class UnitParamsDto extends zodDto(UnitParams) {}
export const CustomerParams = z.strictObject({ id: z.uuid('a customer id (uuid)') });
export class CustomerParamsDto extends zodDto(CustomerParams) {}
export const HoldingParams = z.strictObject({
  id: z.uuid('a customer id (uuid)'),
  holdingId: z.uuid('a holding id (uuid)'),
});
export class HoldingParamsDto extends zodDto(HoldingParams) {}

export const CreateSiteBody = z.strictObject({ id: SiteId, name: Name(200), address: Name(400).optional() });
export class CreateSiteDto extends zodDto(CreateSiteBody) {}
export const PatchSiteBody = z.strictObject({
  name: Name(200).optional(),
  address: Name(400).nullable().optional(),
  /** null: the company's calendar. */
  calendar: Calendar.nullable().optional(),
  assignment: SiteAssignment.optional(),
});
export class PatchSiteDto extends zodDto(PatchSiteBody) {}

export const CreateAreaBody = z.strictObject({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,63}$/, 'upper-case letters, digits and -'),
  name: Name(200),
  /** Where the rules see the area (engine AREA_KINDS); `other` when not said. */
  kind: AreaKind.optional(),
});
export class CreateAreaDto extends zodDto(CreateAreaBody) {}

/** The order units are listed in: by code, bytewise (what the site's unique index walks). */
export const UnitCursorKey = z.tuple([KeyText]);
export const UnitsQuery = z.strictObject({
  building: z.uuid('a building id (uuid)').optional(),
  q: z.string().max(100).optional(),
  limit: queryInt(1, 500).default(50),
  cursor: cursorParam(UnitCursorKey).optional(),
});
export class UnitsQueryDto extends zodDto(UnitsQuery) {}

export const LocationsQuery = z.strictObject({ q: z.string().max(100).default('') });
export class LocationsQueryDto extends zodDto(LocationsQuery) {}

export const HoldingBody = z.strictObject({
  unitId: z.uuid('a unit id (uuid)'),
  role: CustomerRole,
  since: IsoDate.optional(),
});
export class HoldingDto extends zodDto(HoldingBody) {}
export const EndHoldingBody = z.strictObject({ until: IsoDate });
export class EndHoldingDto extends zodDto(EndHoldingBody) {}

export const CreateCustomerBody = z.strictObject({
  name: Name(60),
  phone: z.string().max(40),
  segments: CustomerSegments.partial().optional(),
  holdings: z.array(HoldingBody).max(50).optional(),
});
export class CreateCustomerDto extends zodDto(CreateCustomerBody) {}
export const PatchCustomerBody = z.strictObject({
  name: Name(60).optional(),
  phone: z.string().max(40).optional(),
  segments: CustomerSegments.partial().optional(),
});
export class PatchCustomerDto extends zodDto(PatchCustomerBody) {}

export const CustomerTicketsQuery = z.strictObject({ limit: queryInt(1, 200).default(20) });
export class CustomerTicketsQueryDto extends zodDto(CustomerTicketsQuery) {}

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const ImportQuery = z.strictObject({ dryRun: flag.default(false) });
export class ImportQueryDto extends zodDto(ImportQuery) {}
export const ExportQuery = z.strictObject({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  lang: z.enum(['zh-CN', 'en']).default('zh-CN'),
});
export class ExportQueryDto extends zodDto(ExportQuery) {}
