import { Injectable } from '@nestjs/common';
import { DEFAULT_SEGMENTS, normalizePhone, type JsonValue } from '@frontstage/engine';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { TicketRow } from '../database/entities.js';
import { CustomersRepository } from './customers.repository.js';

/** The shipped blueprint whose completion registers the unit's owner (入住办理). */
export const MOVE_IN_BLUEPRINT = 'move-in';

/**
 * What a completed move-in did to the estate, as its close entry's trace records it (never the
 * phone): the owner and whether they were new, and whether the holding was added, reopened (they
 * had moved out) or already held; or why nothing was registered.
 */
export type MoveInRegistered =
  | { customerId: string; customer: 'found' | 'created'; holding: 'added' | 'reopened' | 'held' }
  | { skipped: 'phone_missing' | 'phone_malformed' | 'owner_name_missing' };

/** Who the move-in's documents name: the customer to find or create, or why there is none. */
type Owner =
  | { customerId: string }
  | { phone: string; name: string | null }
  | { skipped: 'phone_missing' | 'phone_malformed' };

/** Whether an accepted command completes a move-in at a unit: the ticket was open and is now closed. */
export function completesMoveIn(before: TicketRow | null, after: TicketRow): boolean {
  return (
    after.blueprintKey === MOVE_IN_BLUEPRINT &&
    after.unitId !== null &&
    after.status === 'closed' &&
    before?.status !== 'closed'
  );
}

/**
 * The owner of a completed move-in: the customer intake linked, else the one of the phone the
 * documents check recorded (`phone`, `ownerName`). The phone is read here, not by the engine's
 * form (which takes any phone-like text), so a number no customer record could hold skips.
 */
function ownerOf(ticket: TicketRow): Owner {
  if (ticket.customerId) return { customerId: ticket.customerId };
  const data: Record<string, JsonValue> = ticket.snapshot.context.data;
  if (typeof data.phone !== 'string' || data.phone.trim() === '') return { skipped: 'phone_missing' };
  const phone = normalizePhone(data.phone);
  if (phone === null) return { skipped: 'phone_malformed' };
  const name = typeof data.ownerName === 'string' && data.ownerName.trim() ? data.ownerName.trim() : null;
  return { phone, name };
}

/**
 * Customers are linked to units by move-in: its completion registers the owner of the ticket's
 * unit (role owner, since the day it closed), creating the customer with the default segments
 * when the phone is new. It writes in the command's transaction, so a close and its registration
 * are kept or lost together; what it cannot read skips the registration, never the close.
 */
@Injectable()
export class MoveInRegistration {
  constructor(private readonly customers: CustomersRepository) {}

  /** Registers the owner of a move-in `ticket` that closed at `at` (ISO), in the transaction `m`. */
  async register(m: EntityManager, ticket: TicketRow, at: string): Promise<MoveInRegistered> {
    const owner = ownerOf(ticket);
    if ('skipped' in owner) return owner;
    let customerId: string;
    let customer: 'found' | 'created' = 'found';
    if ('customerId' in owner) customerId = owner.customerId;
    else {
      const [found] = await this.customers.byPhones([owner.phone], m);
      if (found) customerId = found.id;
      else if (owner.name === null) return { skipped: 'owner_name_missing' };
      else {
        // Another move-in (or an import) may be registering the same phone at this moment.
        const row = { id: randomUUID(), name: owner.name, phone: owner.phone, createdAt: at, updatedAt: at };
        const stored = await this.customers.insertOrFind(m, { ...row, ...DEFAULT_SEGMENTS });
        customerId = stored.id;
        if (stored.created) customer = 'created';
      }
    }
    return { customerId, customer, holding: await this.hold(m, customerId, ticket, at.slice(0, 10)) };
  }

  /** The customer holds the ticket's unit as owner from `since`, unless they hold it already. */
  private async hold(m: EntityManager, customerId: string, ticket: TicketRow, since: string) {
    const unitId = ticket.unitId!;
    const held = await this.customers.holdingOf(m, customerId, unitId, 'owner');
    if (held && held.until === null) return 'held';
    // One row per customer, unit and role: an owner moving back in reopens the old holding.
    if (held) {
      await this.customers.setHoldingDates(m, held.id, since, null);
      return 'reopened';
    }
    await this.customers.insertHoldings(m, [
      { id: randomUUID(), customerId, unitId, siteId: ticket.siteId, role: 'owner', since, until: null },
    ]);
    return 'added';
  }
}
