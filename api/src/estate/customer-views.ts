import { Injectable } from '@nestjs/common';
import type { Customer, CustomerRole, Occupant } from '@frontstage/engine';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import { CustomersRepository } from './customers.repository.js';
import { callsCustomers, customerView, type CustomerRecord, type UnitRecord } from './estate-views.js';
import { inScope } from './site-scope.js';
import { UnitsRepository } from './units.repository.js';

/**
 * Customers as a caller may read them: holdings at the caller's sites only, the phone masked
 * unless the caller calls customers; and who lives in a unit now (its occupants). Two queries for
 * any number of customers, so a page of search hits costs what one does.
 */
@Injectable()
export class CustomerViews {
  constructor(
    private readonly customers: CustomersRepository,
    private readonly units: UnitsRepository,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async of(
    records: readonly CustomerRecord[],
    user: CurrentUserData,
    source: EntityManager | DataSource = this.dataSource,
  ): Promise<Customer[]> {
    const holdings = await this.customers.holdings(
      records.map((r) => r.id),
      source,
    );
    const show = callsCustomers(user);
    return records.map((r) =>
      customerView(
        r,
        holdings.filter((h) => h.customer_id === r.id && inScope(user, h.site_id)),
        show,
      ),
    );
  }

  /** Who holds each unit now (owners first, then tenants, then occupants), by unit id. */
  async occupants(units: readonly UnitRecord[], user: CurrentUserData): Promise<Map<string, Occupant[]>> {
    const today = this.clock.iso().slice(0, 10);
    const current = await this.units.current(
      units.map((u) => u.id),
      today,
    );
    const people = await this.of(await this.customers.byIds(current.map((h) => h.customer_id)), user);
    const byId = new Map(people.map((c) => [c.id, c]));
    const out = new Map<string, Occupant[]>(units.map((u) => [u.id, []]));
    for (const h of [...current].sort(
      (a, b) => ROLE_ORDER[a.role as CustomerRole] - ROLE_ORDER[b.role as CustomerRole],
    )) {
      const customer = byId.get(h.customer_id);
      if (customer) out.get(h.unit_id)?.push({ customer, role: h.role as CustomerRole, since: h.since });
    }
    return out;
  }
}

const ROLE_ORDER: Record<CustomerRole, number> = { owner: 0, tenant: 1, occupant: 2 };
