import { Injectable } from '@nestjs/common';
import {
  normalizeWidth,
  parseAddressQuery,
  type Building,
  type Calendar,
  type CommonArea,
  type LocationHit,
  type Site,
  type SiteAssignment,
  type UnitDetail,
  type UnitPage,
} from '@frontstage/engine';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../common/api-error.js';
import { Clock } from '../common/clock.js';
import { encodeCursor } from '../common/cursor.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import { isUniqueViolation } from '../database/sql.js';
import { Transactor } from '../database/transactor.js';
import type { Remember } from '../idempotency/idempotency.service.js';
import { SiteOptions } from '../tickets/site-options.js';
import { CustomerViews } from './customer-views.js';
import { CustomersRepository } from './customers.repository.js';
import { areaView, callsCustomers, siteView, unitView, type SiteRecord } from './estate-views.js';
import { phoneQuery } from './phone-query.js';
import { inScope } from './site-scope.js';
import { SitesRepository } from './sites.repository.js';
import { UnitsRepository } from './units.repository.js';

/** The search box answers at most this many hits. */
const HITS = 10;

export interface SitePatch {
  name?: string;
  address?: string | null;
  calendar?: Calendar | null;
  assignment?: SiteAssignment;
}

const bad = (field: string, message: string) =>
  new ApiError('validation_failed', `${field}: ${message}`, { field, issues: [{ field, message }] });

/** Sites and what is in them, as the caller's site scope lets them see it. */
@Injectable()
export class SitesService {
  constructor(
    private readonly sites: SitesRepository,
    private readonly units: UnitsRepository,
    private readonly customers: CustomersRepository,
    private readonly views: CustomerViews,
    private readonly clock: Clock,
    private readonly tx: Transactor,
    private readonly options: SiteOptions,
  ) {}

  async list(user: CurrentUserData): Promise<Site[]> {
    return (await this.sites.list(user)).map(siteView);
  }

  /** A site the caller sees; any other (existing or not) is a 404 naming `site`, alike. */
  async site(user: CurrentUserData, id: string): Promise<SiteRecord> {
    const row = inScope(user, id) ? await this.sites.find(id) : null;
    if (!row) throw new ApiError('not_found', `Site "${id}" not found`, { field: 'site' });
    return row;
  }

  async create(
    input: { id: string; name: string; address?: string },
    remember: Remember | null,
  ): Promise<Site> {
    const at = this.clock.iso();
    try {
      return await this.tx.run(async (m) => {
        await this.sites.insert(m, {
          id: input.id,
          name: input.name,
          address: input.address ?? null,
          calendar: null,
          assignment: { blueprints: null, rulesetVersion: null },
          createdAt: at,
        });
        const view = siteView((await this.sites.find(input.id, m))!);
        if (remember) await remember(m, 201, JSON.stringify(view), at);
        return view;
      });
    } catch (error) {
      if (isUniqueViolation(error) && (await this.sites.find(input.id)))
        throw new ApiError('conflict', `Site "${input.id}" already exists`, { field: 'id' });
      throw error;
    }
  }

  async patch(user: CurrentUserData, id: string, patch: SitePatch): Promise<Site> {
    await this.site(user, id);
    if (patch.assignment) await this.checkAssignment(patch.assignment);
    const columns: Record<string, string | null> = {};
    if (patch.name !== undefined) columns.name = patch.name;
    if (patch.address !== undefined) columns.address = patch.address;
    if (patch.calendar !== undefined)
      columns.calendar = patch.calendar === null ? null : JSON.stringify(patch.calendar);
    if (patch.assignment !== undefined) columns.assignment = JSON.stringify(patch.assignment);
    const site = await this.tx.run(async (m) => {
      await this.sites.update(m, id, columns);
      return siteView((await this.sites.find(id, m))!);
    });
    // Time standards on this instance use the new calendar at once (others within SiteOptions' few seconds).
    if (patch.calendar !== undefined) this.options.forget(id);
    return site;
  }

  async buildings(user: CurrentUserData, siteId: string): Promise<Building[]> {
    await this.site(user, siteId);
    return (await this.sites.buildings(siteId)).map((b) => ({
      id: b.id,
      siteId: b.site_id,
      name: b.name,
      units: Number(b.units),
    }));
  }

  /**
   * A page of units in code order. `q` is what a search box holds: an address being typed
   * ('3-2-11', '3栋2单元11') reads as the start of a code; anything else as a code prefix as written.
   */
  async unitPage(
    user: CurrentUserData,
    siteId: string,
    query: { building?: string; q?: string; limit: number; cursor?: [string] },
  ): Promise<UnitPage> {
    await this.site(user, siteId);
    if (query.building && !(await this.sites.building(siteId, query.building)))
      throw bad('query.building', `no building "${query.building}" at this site`);
    const prefix = query.q === undefined ? undefined : codePrefix(query.q);
    const rows = await this.units.page(siteId, {
      ...(query.building ? { building: query.building } : {}),
      ...(prefix ? { prefix } : {}),
      ...(query.cursor ? { after: query.cursor[0] } : {}),
      limit: query.limit + 1,
    });
    const items = rows.slice(0, query.limit).map(unitView);
    const last = items[items.length - 1];
    return {
      items,
      limit: query.limit,
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.code]) : null,
    };
  }

  async unit(user: CurrentUserData, siteId: string, id: string): Promise<UnitDetail> {
    await this.site(user, siteId);
    const row = await this.units.find(id);
    if (!row || row.site_id !== siteId)
      throw new ApiError('not_found', `Unit "${id}" not found`, { field: 'id' });
    const occupants = await this.views.occupants([row], user);
    return { ...unitView(row), occupants: occupants.get(row.id) ?? [] };
  }

  async areas(user: CurrentUserData, siteId: string): Promise<CommonArea[]> {
    await this.site(user, siteId);
    return (await this.sites.areas(siteId)).map(areaView);
  }

  async createArea(
    user: CurrentUserData,
    siteId: string,
    input: { code: string; name: string; kind?: string },
    remember: Remember | null,
  ): Promise<CommonArea> {
    await this.site(user, siteId);
    const row = {
      id: randomUUID(),
      site_id: siteId,
      code: input.code,
      name: input.name,
      kind: input.kind ?? 'other',
    };
    try {
      return await this.tx.run(async (m) => {
        await this.sites.insertArea(m, row);
        const view = areaView(row);
        if (remember) await remember(m, 201, JSON.stringify(view), this.clock.iso());
        return view;
      });
    } catch (error) {
      if (isUniqueViolation(error) && (await this.sites.areas(siteId)).some((a) => a.code === input.code))
        throw new ApiError('conflict', `This site has an area "${input.code}" already`, { field: 'code' });
      throw error;
    }
  }

  /**
   * The intake search box: units whose code starts with what is typed (with who lives there), else
   * common areas by name or code and the site's customers by name or phone digits. Callers who read
   * phones masked may match only the last four digits or a whole number: any other run of digits
   * would let them uncover the masked ones digit by digit.
   */
  async locations(user: CurrentUserData, siteId: string, q: string): Promise<LocationHit[]> {
    await this.site(user, siteId);
    const query = parseAddressQuery(q);
    if (query.kind === 'unit') {
      const rows = await this.units.page(siteId, { prefix: query.codePrefix, limit: HITS });
      const occupants = await this.views.occupants(rows, user);
      return rows.map((r) => ({ kind: 'unit', unit: unitView(r), occupants: occupants.get(r.id) ?? [] }));
    }
    const text = query.text;
    if (text === '') return [];
    const areas = (await this.sites.searchAreas(siteId, text, HITS)).map(areaView);
    const phone = phoneQuery(text, callsCustomers(user));
    const digits = phone ? (phone.kind === 'whole' ? phone.phone : phone.digits) : null;
    const found = await this.customers.search(
      siteId,
      { text, digits, suffixOnly: !callsCustomers(user) },
      HITS - areas.length,
    );
    const customers = await this.views.of(found, user);
    return [
      ...areas.map((area): LocationHit => ({ kind: 'area', area })),
      ...customers.map((customer): LocationHit => ({ kind: 'customer', customer })),
    ];
  }

  /** Every blueprint an assignment names is published (at the version it pins), and its ruleset exists. */
  private async checkAssignment(a: SiteAssignment): Promise<void> {
    const known = await this.sites.publishedBlueprints(a.blueprints ?? []);
    (a.blueprints ?? []).forEach((b, i) => {
      if (!known.has(b.key)) throw bad(`assignment.blueprints.${i}.key`, `no published blueprint "${b.key}"`);
      if (b.version !== null && !known.has(`${b.key}@${b.version}`))
        throw bad(`assignment.blueprints.${i}.version`, `"${b.key}" has no version ${b.version}`);
    });
    if (a.rulesetVersion !== null && !(await this.sites.rulesetVersionExists(a.rulesetVersion)))
      throw bad('assignment.rulesetVersion', `no ruleset version ${a.rulesetVersion}`);
  }
}

/** The code prefix a units query names: an address being typed, else the text as a code's start. */
function codePrefix(q: string): string | undefined {
  const query = parseAddressQuery(q);
  if (query.kind === 'unit') return query.codePrefix;
  const text = normalizeWidth(query.text).toUpperCase();
  return text === '' ? undefined : text;
}
