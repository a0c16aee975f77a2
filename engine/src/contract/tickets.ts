import { z } from 'zod';
import { AllowedEvent } from '../allowed-events.js';
import { Classification } from '../classify.js';
import { Escalation, Timer } from '../ticket.js';
import { RequestClass } from '../schema/blueprint.js';
import { JsonValue, Role } from '../schema/primitives.js';
import { TicketAttachment } from './attachments.js';
import { Customer, SiteId } from './estate.js';

// The wire shapes of the tickets endpoints, written once for the API that sends them and every
// client that reads them (the editor's console, tests, integrators).

/**
 * A ticket as `GET /api/tickets` lists it: the engine's ticket flattened for reading, with the
 * blueprint version it is pinned to and the queue's columns.
 */
export const TicketView = z
  .object({
    id: z.uuid(),
    version: z.number().int().min(1),
    blueprint: z.object({ key: z.string(), version: z.number().int(), hash: z.string() }),
    class: RequestClass,
    priority: z.string(),
    team: z.string().nullable(),
    state: z.string(),
    status: z.enum(['open', 'closed']),
    /** Who should act now. */
    assignment: z
      .object({ stepId: z.string(), roles: z.array(Role), team: z.string().optional() })
      .nullable(),
    facts: z.record(z.string(), JsonValue),
    data: z.record(z.string(), JsonValue),
    /** Steps entered, in order. */
    path: z.array(z.string()),
    timers: z.array(Timer),
    escalations: z.array(Escalation),
    atRisk: z.boolean(),
    /** A breach timer is past due (even before the scheduler fired it). */
    overdue: z.boolean(),
    nextBreach: z.iso.datetime().nullable(),
    /** Roles the live escalations of the current step wait for. */
    escalatedTo: z.array(Role),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    createdBy: z.string(),
    /** The site the ticket belongs to: only its staff and company-level users see it. */
    site: SiteId,
    /** The unit or common area it is about (`code` as it was when the ticket started), or null. */
    location: z
      .object({ unitId: z.uuid().nullable(), areaId: z.uuid().nullable(), code: z.string() })
      .nullable(),
    /** Who reported it; null for an anonymous report. */
    customerId: z.uuid().nullable(),
    /**
     * The caller's name and phone, as the list shows them to whoever asks: the phone whole for who
     * calls customers (supervisors, the customer-service desk), else masked (`138****5678`).
     * Absent where a ticket is not listed (a detail names its `customer` in full instead).
     */
    caller: z.object({ name: z.string(), phone: z.string(), phoneMasked: z.boolean() }).nullable().optional(),
  })
  .meta({ id: 'TicketView' });
export type TicketView = z.infer<typeof TicketView>;

/** An event the caller may send now; `onBehalfOf: 'customer'` when the front desk records it for the customer. */
export const CallerEvent = AllowedEvent.extend({ onBehalfOf: z.literal('customer').optional() }).meta({
  id: 'CallerEvent',
});
export type CallerEvent = z.infer<typeof CallerEvent>;

/** What intake's classification decided, with the ruleset version that decided it. */
export const StoredClassification = Classification.extend({
  rulesetVersion: z.number().int().nullable().optional(),
}).meta({ id: 'StoredClassification' });
export type StoredClassification = z.infer<typeof StoredClassification>;

/** A ticket in a list beside another one: a customer's history, the repeats of a fault. */
export const TicketSummary = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    state: z.string(),
    status: z.enum(['open', 'closed']),
    blueprintKey: z.string(),
    class: RequestClass,
    /** The request type intake read (`facts.type`), when there is one. */
    category: z.string().nullable(),
    locationCode: z.string().nullable(),
  })
  .meta({ id: 'TicketSummary' });
export type TicketSummary = z.infer<typeof TicketSummary>;

/**
 * `GET /api/tickets/:id`: the ticket with the events the caller may send now, its classification,
 * who reported it (phone masked unless the caller calls customers), the customer's other requests
 * (newest first, at most 20) and its repeat faults (same place, blueprint and category within 30
 * days: `earlier` ones it repeats, `later` ones that repeat it, oldest first).
 */
export const TicketDetail = TicketView.extend({
  allowedEvents: z.array(CallerEvent),
  classification: StoredClassification.nullable(),
  customer: Customer.nullable(),
  customerHistory: z.array(TicketSummary),
  repeats: z.object({ earlier: z.array(TicketSummary), later: z.array(TicketSummary) }),
  /** Photos and files linked to the ticket, in the order they were linked. */
  attachments: z.array(TicketAttachment),
  /**
   * On the answer to a command only: false when the command handed the ticket out of the caller's
   * view (another team or role has it now), so the caller knows not to ask for it again.
   */
  visibleToCaller: z.boolean().optional(),
}).meta({ id: 'TicketDetail' });
export type TicketDetail = z.infer<typeof TicketDetail>;

/**
 * `GET /api/tickets`: one page of the filtered queue. `nextCursor` asks for the page after this
 * one (`?cursor=`), null on the last page; `total` counts the whole filtered queue, except that a
 * search (q, room, phone, from, to) stops counting at 1000: then `total` is 1000 and
 * `totalIsLowerBound` is true (show "1000+").
 */
export const TicketPage = z
  .object({
    items: z.array(TicketView),
    total: z.number().int().nonnegative(),
    /** Whether the search found more than `total` and stopped counting there. */
    totalIsLowerBound: z.boolean(),
    limit: z.number().int(),
    offset: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'TicketPage' });
export type TicketPage = z.infer<typeof TicketPage>;

/**
 * A change of a ticket, sent on `GET /api/stream` after its transaction committed. `assignedRoles`
 * is delimited (`,engineer,`) so a stream can tell who may see it without reading the ticket.
 */
export const TicketChange = z
  .object({
    kind: z.enum(['ticket.created', 'ticket.updated']),
    ticketId: z.string(),
    version: z.number().int(),
    state: z.string(),
    status: z.string(),
    team: z.string().nullable(),
    assignedRoles: z.string(),
    /** The ticket's site: a stream sends the change only to callers who see that site. */
    site: SiteId,
    /** The event that made the change (`DISPATCHED`, `TIMER_DUE`, `REASSIGNED`, `COMMENTED`…). */
    event: z.string().optional(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'TicketChange' });
export type TicketChange = z.infer<typeof TicketChange>;

/** A note staff left on a ticket (`GET|POST /api/tickets/:id/comments`). */
export const TicketComment = z
  .object({
    id: z.uuid(),
    ticketId: z.string(),
    at: z.iso.datetime(),
    authorId: z.string(),
    authorRole: z.string(),
    body: z.string(),
    /** The audit entry that records it. */
    auditSeq: z.number().int(),
  })
  .meta({ id: 'TicketComment' });
export type TicketComment = z.infer<typeof TicketComment>;
