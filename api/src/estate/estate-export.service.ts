import { Injectable } from '@nestjs/common';
import { writeEstateRows, type CustomerRole, type EstateLanguage, type EstateRow } from '@frontstage/engine';
import { Clock } from '../common/clock.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import { bool } from '../database/sql.js';
import { CustomersRepository } from './customers.repository.js';
import { csvBytes, CSV_TYPE, xlsxBytes, XLSX_TYPE } from './estate-file.js';
import { callsCustomers } from './estate-views.js';
import { SitesService } from './sites.service.js';
import { UnitsRepository } from './units.repository.js';

export interface EstateExport {
  contentType: string;
  fileName: string;
  body: Buffer;
}

const ROLE_ORDER: Record<CustomerRole, number> = { owner: 0, tenant: 1, occupant: 2 };

/**
 * A site's estate in the import's own columns (engine writeEstateRows): one row per unit and
 * current holder, a unit nobody holds on a row of its own, in the order people count units
 * (building 2 before 10). Phones are masked for who does not call customers; importing such a
 * file back keeps the stored numbers.
 */
@Injectable()
export class EstateExportService {
  constructor(
    private readonly sites: SitesService,
    private readonly units: UnitsRepository,
    private readonly customers: CustomersRepository,
    private readonly clock: Clock,
  ) {}

  async export(
    user: CurrentUserData,
    siteId: string,
    format: 'csv' | 'xlsx',
    language: EstateLanguage,
  ): Promise<EstateExport> {
    await this.sites.site(user, siteId);
    const rows = await this.rows(siteId);
    const table = writeEstateRows(rows, language, callsCustomers(user));
    const fileName = `estate-${siteId}-${this.clock.iso().slice(0, 10)}.${format}`;
    return format === 'xlsx'
      ? { contentType: XLSX_TYPE, fileName, body: await xlsxBytes(table, siteId) }
      : { contentType: `${CSV_TYPE}; charset=utf-8`, fileName, body: csvBytes(table) };
  }

  private async rows(siteId: string): Promise<Omit<EstateRow, 'row'>[]> {
    const units = await this.units.all(siteId);
    const holdings = await this.units.currentOfSite(siteId, this.clock.iso().slice(0, 10));
    const people = new Map(
      (await this.customers.byIds(holdings.map((h) => h.customer_id))).map((c) => [c.id, c]),
    );
    const byUnit = new Map<string, typeof holdings>();
    for (const h of holdings) byUnit.set(h.unit_id, [...(byUnit.get(h.unit_id) ?? []), h]);
    const order = new Intl.Collator('en', { numeric: true });
    units.sort((a, b) => order.compare(a.code, b.code));
    return units.flatMap((u): Omit<EstateRow, 'row'>[] => {
      const unit = {
        building: u.building,
        entrance: u.entrance,
        room: u.room,
        code: u.code,
        floorArea: u.floor_area === null ? null : Number(u.floor_area),
      };
      const held = (byUnit.get(u.id) ?? []).sort(
        (a, b) => ROLE_ORDER[a.role as CustomerRole] - ROLE_ORDER[b.role as CustomerRole],
      );
      if (held.length === 0) return [{ ...unit, customer: null }];
      return held.flatMap((h) => {
        const c = people.get(h.customer_id);
        if (!c) return [];
        return [
          {
            ...unit,
            customer: {
              name: c.name,
              phone: c.phone,
              phoneMasked: false,
              role: h.role as CustomerRole,
              segments: {
                importance: c.importance as 'ordinary',
                member: bool(c.member),
                kind: c.kind as 'residential',
              },
              since: h.since,
            },
          },
        ];
      });
    });
  }
}
