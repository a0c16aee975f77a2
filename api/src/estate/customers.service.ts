import { Injectable } from '@nestjs/common';
import { DEFAULT_SEGMENTS, normalizePhone, type Customer, type CustomerSegments } from '@frontstage/engine';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ApiError } from '../common/api-error.js';
import { Clock } from '../common/clock.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import { bool, isUniqueViolation } from '../database/sql.js';
import { Transactor } from '../database/transactor.js';
import type { Remember } from '../idempotency/idempotency.service.js';
import { CustomerViews } from './customer-views.js';
import { CustomersRepository } from './customers.repository.js';
import type { CustomerRow, CustomerUnitRow } from './estate.entities.js';
import type { CustomerRecord } from './estate-views.js';
import { inScope } from './site-scope.js';
import { UnitsRepository } from './units.repository.js';

export interface HoldingInput {
  unitId: string;
  role: CustomerUnitRow['role'];
  since?: string;
}

export interface CustomerInput {
  name: string;
  phone: string;
  segments?: Partial<CustomerSegments>;
  holdings?: HoldingInput[];
}

const bad = (field: string, message: string) =>
  new ApiError('validation_failed', `${field}: ${message}`, { field, issues: [{ field, message }] });

/**
 * Customer records (客户档案) and their holdings. A customer is visible to a caller who sees a site
 * where they hold (or held) a unit, or who sees every site; a customer holding nothing yet is
 * visible to all who may read customers. Their holdings at other sites are left out.
 */
@Injectable()
export class CustomersService {
  constructor(
    private readonly customers: CustomersRepository,
    private readonly units: UnitsRepository,
    private readonly views: CustomerViews,
    private readonly clock: Clock,
    private readonly tx: Transactor,
  ) {}

  async get(user: CurrentUserData, id: string): Promise<Customer> {
    const record = await this.visible(user, id);
    return (await this.views.of([record], user))[0]!;
  }

  /** A customer as the caller may see it, or a 404 naming `id`. */
  async visible(user: CurrentUserData, id: string): Promise<CustomerRecord> {
    const record = await this.customers.find(id);
    if (!record) throw notFound(id);
    if (user.sites === '*') return record;
    const sites = await this.customers.sitesOf(id);
    if (sites.length > 0 && !sites.some((s) => inScope(user, s))) throw notFound(id);
    return record;
  }

  async create(user: CurrentUserData, input: CustomerInput, remember: Remember | null): Promise<Customer> {
    const phone = readPhone(input.phone);
    const holdings = input.holdings ?? [];
    await this.checkUnits(
      user,
      holdings.map((h, i) => ({ unitId: h.unitId, field: `holdings.${i}.unitId` })),
    );
    const dup = holdings.findIndex(
      (h, i) => holdings.findIndex((o) => o.unitId === h.unitId && o.role === h.role) !== i,
    );
    if (dup >= 0) throw bad(`holdings.${dup}`, 'the same unit and role twice');
    const now = this.clock.iso();
    const row: CustomerRow = {
      id: randomUUID(),
      name: input.name,
      phone,
      ...DEFAULT_SEGMENTS,
      ...input.segments,
      createdAt: now,
      updatedAt: now,
    };
    const units = new Map((await this.units.byIds(holdings.map((h) => h.unitId))).map((u) => [u.id, u]));
    return this.write(user, row.id, 201, remember, async (m) => {
      await this.phoneFree(m, phone, row.id);
      await this.customers.insert(m, [row]);
      await this.customers.insertHoldings(
        m,
        holdings.map((h) => ({
          id: randomUUID(),
          customerId: row.id,
          unitId: h.unitId,
          siteId: units.get(h.unitId)!.site_id,
          role: h.role,
          since: h.since ?? null,
          until: null,
        })),
      );
    });
  }

  async patch(user: CurrentUserData, id: string, input: Partial<Omit<CustomerInput, 'holdings'>>) {
    const record = await this.visible(user, id);
    const row = {
      id,
      name: input.name ?? record.name,
      phone: input.phone === undefined ? record.phone : readPhone(input.phone),
      ...segmentsOf(record),
      ...input.segments,
      updatedAt: this.clock.iso(),
    };
    return this.write(user, id, 200, null, async (m) => {
      await this.phoneFree(m, row.phone, id);
      await this.customers.update(m, row);
    });
  }

  async addHolding(user: CurrentUserData, id: string, input: HoldingInput, remember: Remember | null) {
    await this.visible(user, id);
    await this.checkUnits(user, [{ unitId: input.unitId, field: 'unitId' }]);
    const [unit] = await this.units.byIds([input.unitId]);
    return this.write(user, id, 201, remember, async (m) => {
      const held = await this.customers.holdingOf(m, id, input.unitId, input.role);
      if (held && held.until === null)
        throw new ApiError('conflict', `The customer already holds ${held.unit_code} as ${input.role}`, {
          field: 'unitId',
        });
      // One row per customer, unit and role: moving back in reopens the old holding.
      if (held) return this.customers.setHoldingDates(m, held.id, input.since ?? null, null);
      await this.customers.insertHoldings(m, [
        {
          id: randomUUID(),
          customerId: id,
          unitId: input.unitId,
          siteId: unit!.site_id,
          role: input.role,
          since: input.since ?? null,
          until: null,
        },
      ]);
    });
  }

  async endHolding(
    user: CurrentUserData,
    id: string,
    holdingId: string,
    until: string,
    remember: Remember | null,
  ): Promise<Customer> {
    await this.visible(user, id);
    const held = await this.customers.holding(holdingId);
    if (!held || held.customer_id !== id || !inScope(user, held.site_id))
      throw new ApiError('not_found', `Holding "${holdingId}" not found`, { field: 'holdingId' });
    if (held.until !== null)
      throw new ApiError('conflict', `The holding ended on ${held.until}`, { field: 'holdingId' });
    if (held.since !== null && until < held.since)
      throw bad('until', `before the holding began (${held.since})`);
    return this.write(user, id, 200, remember, (m) =>
      this.customers.setHoldingDates(m, held.id, held.since, until),
    );
  }

  /** Runs `work`, then answers the customer as the caller sees it (remembered for its Idempotency-Key). */
  private async write(
    user: CurrentUserData,
    id: string,
    status: number,
    remember: Remember | null,
    work: (m: EntityManager) => Promise<unknown>,
  ): Promise<Customer> {
    try {
      return await this.tx.run(async (m) => {
        await work(m);
        const view = (await this.views.of([(await this.customers.find(id, m))!], user, m))[0]!;
        if (remember) await remember(m, status, JSON.stringify(view), this.clock.iso());
        return view;
      });
    } catch (error) {
      // Two writes of one number at once: phoneFree passed for both, the unique index stops the second.
      if (isPhoneViolation(error))
        throw new ApiError('conflict', 'Another customer has this phone number', { field: 'phone' });
      throw error;
    }
  }

  /** One customer per phone number: another's is a 409 naming `phone`. */
  private async phoneFree(m: EntityManager, phone: string, id: string): Promise<void> {
    const [other] = await this.customers.byPhones([phone], m);
    if (other && other.id !== id)
      throw new ApiError('conflict', 'Another customer has this phone number', { field: 'phone' });
  }

  /** Every unit named exists and is at a site the caller sees; else a 400 naming its field. */
  private async checkUnits(user: CurrentUserData, wanted: { unitId: string; field: string }[]) {
    const found = new Map((await this.units.byIds(wanted.map((w) => w.unitId))).map((u) => [u.id, u]));
    for (const w of wanted) {
      const unit = found.get(w.unitId);
      if (!unit) throw bad(w.field, `unknown unit "${w.unitId}"`);
      if (!inScope(user, unit.site_id)) throw bad(w.field, `a unit of another site (${unit.site_id})`);
    }
  }
}

function readPhone(text: string): string {
  const phone = normalizePhone(text);
  if (phone === null)
    throw bad('phone', 'not a mainland mobile (11 digits) or fixed line (area code and number)');
  return phone;
}

const isPhoneViolation = (error: unknown): boolean => {
  const e = error as { message?: string; driverError?: { detail?: string } };
  return isUniqueViolation(error) && /phone/.test(`${e.message ?? ''} ${e.driverError?.detail ?? ''}`);
};

const segmentsOf = (r: CustomerRecord): CustomerSegments => ({
  importance: r.importance as CustomerSegments['importance'],
  member: bool(r.member),
  kind: r.kind as CustomerSegments['kind'],
});

const notFound = (id: string) => new ApiError('not_found', `Customer "${id}" not found`, { field: 'id' });
