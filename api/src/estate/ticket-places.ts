import { Injectable } from '@nestjs/common';
import { parseUnitAddress, unitCode, type SiteAssignment, type Calendar } from '@frontstage/engine';
import { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error.js';
import type { FieldIssue } from '../common/zod-validation.pipe.js';
import { runSql } from '../database/sql.js';
import { inScope, type Scoped } from './site-scope.js';

/** Where intake says a request is: a site, at most one of unit, common area or typed address, and who reported it. */
export interface PlaceInput {
  site?: string;
  unitId?: string;
  areaId?: string;
  address?: string;
  customerId?: string;
}

/** The site a ticket starts at, with what it runs: its assignment and calendar (null: the company's). */
export interface PlacedSite {
  id: string;
  assignment: SiteAssignment;
  calendar: Calendar | null;
}

/** Where a new ticket is, checked against the estate: the columns it is stored with. */
export interface Place {
  site: PlacedSite;
  unitId: string | null;
  areaId: string | null;
  locationCode: string | null;
  /** The picked common area's kind (the rules' `location`); null for a unit or no place. */
  areaKind: string | null;
  customerId: string | null;
}

interface SiteRaw {
  id: string;
  assignment: string;
  calendar: string | null;
}

/**
 * Reads intake's place against the estate before anything is written. Every problem is named by
 * its field (`site`, `unitId`, `areaId`, `address`, `customerId`), all of them at once, as one 400.
 */
@Injectable()
export class TicketPlaces {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(user: Scoped, input: PlaceInput): Promise<Place> {
    const issues: FieldIssue[] = [];
    const site = await this.site(user, input.site, issues);
    const [location, customerId] = await Promise.all([
      site ? this.location(site.id, input, issues) : Promise.resolve(null),
      this.customer(input.customerId, issues),
    ]);
    if (issues.length > 0 || !site) throw invalid(issues);
    return {
      site,
      unitId: location?.unitId ?? null,
      areaId: location?.areaId ?? null,
      locationCode: location?.code ?? null,
      areaKind: location?.areaKind ?? null,
      customerId,
    };
  }

  /** The named site, or the caller's only one; company-level callers of a company with one site need not name it. */
  private async site(
    user: Scoped,
    named: string | undefined,
    issues: FieldIssue[],
  ): Promise<PlacedSite | null> {
    if (named !== undefined) {
      // A site outside the caller's scope is refused like an unknown one: no probing of site ids.
      const [row] = inScope(user, named)
        ? await runSql<SiteRaw>(this.dataSource, 'SELECT id, assignment, calendar FROM sites WHERE id = $1', [
            named,
          ])
        : [];
      if (!row) issues.push({ field: 'site', message: `no site "${named}" among the caller's sites` });
      return row ? placedSite(row) : null;
    }
    const candidates =
      user.sites === '*'
        ? await runSql<SiteRaw>(
            this.dataSource,
            'SELECT id, assignment, calendar FROM sites ORDER BY id LIMIT 2',
          )
        : user.sites.length === 1
          ? await runSql<SiteRaw>(
              this.dataSource,
              'SELECT id, assignment, calendar FROM sites WHERE id = $1',
              [user.sites[0]],
            )
          : [];
    if (candidates.length === 1) return placedSite(candidates[0]!);
    issues.push({
      field: 'site',
      message:
        user.sites !== '*' && user.sites.length === 0
          ? 'the caller works at no site'
          : 'name the site: the caller works at more than one',
    });
    return null;
  }

  private async location(
    siteId: string,
    input: PlaceInput,
    issues: FieldIssue[],
  ): Promise<{ unitId: string | null; areaId: string | null; code: string; areaKind: string | null } | null> {
    if (input.unitId !== undefined) {
      const [unit] = await runSql<{ id: string; site_id: string; code: string }>(
        this.dataSource,
        'SELECT id, site_id, code FROM units WHERE id = $1',
        [input.unitId],
      );
      return this.ofSite('unitId', 'unit', unit, siteId, input.unitId, issues, (u) => ({
        unitId: u.id,
        areaId: null,
        code: u.code,
        areaKind: null,
      }));
    }
    if (input.areaId !== undefined) {
      const [area] = await runSql<{ id: string; site_id: string; code: string; kind: string }>(
        this.dataSource,
        'SELECT id, site_id, code, kind FROM common_areas WHERE id = $1',
        [input.areaId],
      );
      return this.ofSite('areaId', 'common area', area, siteId, input.areaId, issues, (a) => ({
        unitId: null,
        areaId: a.id,
        code: a.code,
        areaKind: a.kind,
      }));
    }
    if (input.address === undefined) return null;
    const address = parseUnitAddress(input.address);
    if (!address) {
      issues.push({
        field: 'address',
        message: `"${input.address}" is not a unit address (3栋2单元1101, 3-2-1101)`,
      });
      return null;
    }
    const code = unitCode(address);
    const [unit] = await runSql<{ id: string }>(
      this.dataSource,
      'SELECT id FROM units WHERE site_id = $1 AND code = $2',
      [siteId, code],
    );
    if (!unit) issues.push({ field: 'address', message: `no unit ${code} at site "${siteId}"` });
    return unit ? { unitId: unit.id, areaId: null, code, areaKind: null } : null;
  }

  private ofSite<R extends { site_id: string }, T>(
    field: string,
    what: string,
    row: R | undefined,
    siteId: string,
    id: string,
    issues: FieldIssue[],
    place: (row: R) => T,
  ): T | null {
    if (!row) issues.push({ field, message: `unknown ${what} "${id}"` });
    else if (row.site_id !== siteId)
      issues.push({ field, message: `${what} "${id}" belongs to another site than "${siteId}"` });
    return row && row.site_id === siteId ? place(row) : null;
  }

  private async customer(id: string | undefined, issues: FieldIssue[]): Promise<string | null> {
    if (id === undefined) return null;
    const [row] = await runSql<{ id: string }>(this.dataSource, 'SELECT id FROM customers WHERE id = $1', [
      id,
    ]);
    if (!row) issues.push({ field: 'customerId', message: `unknown customer "${id}"` });
    return row ? row.id : null;
  }
}

function placedSite(row: SiteRaw): PlacedSite {
  return {
    id: row.id,
    assignment: JSON.parse(row.assignment) as SiteAssignment,
    calendar: row.calendar ? (JSON.parse(row.calendar) as Calendar) : null,
  };
}

function invalid(issues: FieldIssue[]): ApiError {
  const first = issues[0] ?? { field: 'site', message: 'no site' };
  return new ApiError('validation_failed', `Invalid body: ${first.field}: ${first.message}`, {
    field: first.field,
    issues: issues.length > 0 ? issues : [first],
  });
}
