import { Inject, Injectable } from '@nestjs/common';
import {
  CUSTOMER_ROLE,
  RESIDENT_ROLE,
  type AuditEntry,
  type CompiledBlueprint,
  type JsonValue,
  type ResidentAnswer,
  type ResidentOptions,
  type ResidentPayment,
  type ResidentPaymentRecord,
  type ResidentRating,
  type ResidentReport,
  type ResidentTicket,
  type ResidentTicketList,
} from '@frontstage/engine';
import { randomUUID } from 'node:crypto';
import { AttachmentsRepository } from '../attachments/attachments.repository.js';
import { AuditService } from '../audit/audit.service.js';
import { BlueprintsService } from '../blueprints/blueprints.service.js';
import { ApiError, notFound } from '../common/api-error.js';
import { Clock } from '../common/clock.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import type { TicketRow } from '../database/entities.js';
import { Transactor } from '../database/transactor.js';
import { RulesService } from '../rules/rules.service.js';
import { isResidents } from '../tickets/ticket-access.js';
import { TicketIntake } from '../tickets/ticket-intake.js';
import { TicketsRepository } from '../tickets/tickets.repository.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { PAYMENT_PROVIDER, type PaymentProvider } from './payment-provider.js';
import { ResidentsRepository } from './residents.repository.js';
import { ratingFlow, residentTicket } from './resident-view.js';

/** The resident's tickets listed at most (newest first). */
const LIST_LIMIT = 50;

/**
 * The resident's side of the service: report through the same intake (classification, routing,
 * audit), follow through the engine's customer view, answer the customer's steps and the callback.
 * A ticket that is not the resident's does not exist for them: 404, nothing stored.
 */
@Injectable()
export class ResidentsService {
  constructor(
    private readonly repo: ResidentsRepository,
    private readonly tickets: TicketsRepository,
    private readonly ticketsService: TicketsService,
    private readonly intake: TicketIntake,
    private readonly audit: AuditService,
    private readonly blueprints: BlueprintsService,
    private readonly rules: RulesService,
    private readonly clock: Clock,
    private readonly transactor: Transactor,
    private readonly attachments: AttachmentsRepository,
    @Inject(PAYMENT_PROVIDER) private readonly payments: PaymentProvider,
  ) {}

  /** Where the resident may report (their homes, their sites' common areas) and the categories of the ruleset. */
  async options(user: CurrentUserData): Promise<ResidentOptions> {
    const units = await this.units(user);
    const areas = await this.repo.areasOf([...new Set(units.map((u) => u.site))]);
    const ruleset = (await this.rules.latest()).ruleset;
    const type = ruleset.facts?.find((f) => f.name === 'type');
    return {
      places: [
        ...units.map((u) => ({
          kind: 'unit' as const,
          id: u.id,
          site: u.site,
          label: `${u.siteName} ${u.code}`,
        })),
        ...areas.map((a) => ({ kind: 'area' as const, id: a.id, site: a.site, label: a.name })),
      ],
      categories: (type?.options ?? []).map((o) => ({ value: String(o.value), label: o.label })),
    };
  }

  /** A request in the resident's words, through the staff's intake: same classification, same audit. */
  async report(user: CurrentUserData, body: ResidentReport, requestId: string): Promise<ResidentTicket> {
    const customerId = this.customerOf(user);
    const choices = await this.options(user);
    const place = choices.places.find((p) => p.kind === body.place.kind && p.id === body.place.id);
    if (!place)
      throw new ApiError('validation_failed', 'place: not one of your homes or their common areas', {
        field: 'place',
      });
    if (!choices.categories.some((c) => c.value === body.category))
      throw new ApiError('validation_failed', 'category: not a category of request', { field: 'category' });
    const facts: Record<string, JsonValue> = {
      type: body.category,
      description: body.description,
      ...(body.preferredTime ? { preferredTime: body.preferredTime } : {}),
    };
    const detail = await this.intake.create(
      this.actingAs(user, place.site, CUSTOMER_ROLE),
      {
        site: place.site,
        ...(place.kind === 'unit' ? { unitId: place.id } : { areaId: place.id }),
        customerId,
        facts,
        ...(body.attachments?.length ? { attachments: body.attachments } : {}),
      },
      requestId,
    );
    return this.follow(user, detail.id);
  }

  async list(user: CurrentUserData): Promise<ResidentTicketList> {
    const rows = user.resident?.ticketId
      ? [await this.mine(user, user.resident.ticketId)]
      : (
          await this.tickets.list({
            customer: this.customerOf(user),
            scope: { sites: '*' },
            now: this.clock.iso(),
            limit: LIST_LIMIT,
            offset: 0,
            sort: 'newest',
          })
        ).items;
    const items = await Promise.all(rows.map((r) => this.view(r, false)));
    return { items: items.map(({ timeline: _t, actions: _a, ...rest }) => rest) };
  }

  async follow(user: CurrentUserData, id: string): Promise<ResidentTicket> {
    return this.view(await this.mine(user, id), true);
  }

  /** Whether a change of this ticket concerns the resident (for the live stream). */
  async owns(user: CurrentUserData, ticketId: string): Promise<boolean> {
    const row = await this.tickets.findById(ticketId);
    return row !== null && isResidents(user, row);
  }

  /** Confirm the work, say it is not fixed, accept or decline a quote: an event of a customer step. */
  async answer(
    user: CurrentUserData,
    id: string,
    body: ResidentAnswer,
    requestId: string,
  ): Promise<ResidentTicket> {
    const row = await this.mine(user, id);
    const current = await this.view(row, true);
    const action = current.actions.find((a) => a.event === body.event && a.kind !== 'rate');
    if (!action)
      throw new ApiError('event_not_allowed', `event: "${body.event}" is not yours to send now`, {
        field: 'event',
      });
    if (action.kind === 'accept_quote')
      throw new ApiError('validation_failed', 'event: a quote is accepted with its payment consent', {
        field: 'event',
      });
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    const data = body.reason ? reasonData(compiled, row.snapshot.state, body.event, body.reason) : undefined;
    await this.ticketsService.sendEvent(
      this.actingAs(user, row.siteId, CUSTOMER_ROLE),
      id,
      {
        type: body.event,
        ...(data ? { data } : {}),
        expected: { version: body.expectedVersion, from: 'expectedVersion' },
      },
      requestId,
    );
    return this.follow(user, id);
  }

  /**
   * The resident's rating completes the blueprint's callback as the front desk's callback does:
   * the same event with the same fields (satisfaction, comments), so the blueprint's decision after
   * it (unsatisfied: rework or follow-up) runs unchanged. It is recorded under the step's role,
   * by the resident (actor id `resident:…`), as the desk records a customer's answers for them.
   */
  async rate(
    user: CurrentUserData,
    id: string,
    body: ResidentRating,
    requestId: string,
  ): Promise<ResidentTicket> {
    const row = await this.mine(user, id);
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    const flow = row.snapshot.status === 'open' ? ratingFlow(compiled, row.snapshot.state) : undefined;
    if (!flow)
      throw new ApiError('event_not_allowed', 'stars: this request is not waiting for your rating', {
        field: 'stars',
      });
    const step = compiled.blueprint.steps.find((s) => s.id === row.snapshot.state);
    const role = flow.roles?.[0] ?? step?.roles?.[0] ?? CUSTOMER_ROLE;
    const comments = [...body.reasons, ...(body.comment ? [body.comment] : [])].join('；').slice(0, 500);
    await this.ticketsService.sendEvent(
      this.actingAs(user, row.siteId, role),
      id,
      {
        type: flow.event,
        data: { satisfaction: body.stars, ...(comments ? { comments } : {}) },
        expected: { version: body.expectedVersion, from: 'expectedVersion' },
      },
      requestId,
    );
    return this.follow(user, id);
  }

  /** Consent to the quoted fee: the consent and amount recorded, the quote accepted, the provider asked. */
  async pay(
    user: CurrentUserData,
    id: string,
    body: ResidentPayment,
    requestId: string,
  ): Promise<ResidentPaymentRecord> {
    const row = await this.mine(user, id);
    const current = await this.view(row, true);
    const accept = current.actions.find((a) => a.kind === 'accept_quote');
    if (!accept || !current.quote)
      throw new ApiError('event_not_allowed', 'amount: no quote is waiting for your consent', {
        field: 'amount',
      });
    if (Math.abs(current.quote.amount - body.amount) > 0.001)
      throw new ApiError('validation_failed', `amount: the quote is ${current.quote.amount}`, {
        field: 'amount',
      });
    await this.ticketsService.sendEvent(
      this.actingAs(user, row.siteId, CUSTOMER_ROLE),
      id,
      { type: accept.event, expected: { version: body.expectedVersion, from: 'expectedVersion' } },
      requestId,
    );
    const paymentId = randomUUID();
    const consentedAt = this.clock.iso();
    const started = await this.payments.createOrder({
      id: paymentId,
      ticketId: id,
      amount: body.amount,
      provider: body.provider,
      description: current.title['zh-CN'],
    });
    await this.transactor.run((m) =>
      this.repo.insertPayment(m, {
        id: paymentId,
        ticketId: id,
        customerId: row.customerId,
        amount: body.amount,
        provider: body.provider,
        status: started.status,
        consentedAt,
      }),
    );
    return {
      id: paymentId,
      ticketId: id,
      amount: body.amount,
      currency: 'CNY',
      provider: body.provider,
      status: started.status,
      consentedAt,
      ticket: await this.follow(user, id),
    };
  }

  /** The resident's ticket, or a 404 as for a ticket that does not exist. */
  private async mine(user: CurrentUserData, id: string): Promise<TicketRow> {
    const row = await this.tickets.findById(id);
    if (!row || !isResidents(user, row)) throw notFound('Ticket', id);
    return row;
  }

  private async view(row: TicketRow, withHistory: boolean): Promise<ResidentTicket> {
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    const history = withHistory ? ((await this.audit.history(row.id)) as unknown as AuditEntry[]) : [];
    const consented = (await this.repo.paymentsOf(row.id)).length > 0;
    const attachments = (await this.attachments.forTicket(row.id)).map((a) => a.hash);
    return residentTicket({ row, history, compiled, place: row.locationCode, consented, attachments });
  }

  private async units(user: CurrentUserData) {
    const customerId = user.resident?.customerId;
    return customerId ? this.repo.unitsOf(customerId, this.clock.iso().slice(0, 10)) : [];
  }

  private customerOf(user: CurrentUserData): string {
    const customerId = user.resident?.customerId;
    // A tracking link follows one ticket; reporting needs the resident's own sign-in.
    if (!customerId)
      throw new ApiError('forbidden', 'Sign in with your phone to report a request', {
        field: 'authorization',
      });
    return customerId;
  }

  /** The caller as the ticket pipeline sees them: the resident, acting in `jobRole`, at the ticket's site. */
  private actingAs(user: CurrentUserData, site: string, jobRole: string): CurrentUserData {
    return {
      id: user.id,
      username: user.username,
      role: RESIDENT_ROLE,
      jobRole,
      sites: [site],
      ...(user.resident ? { resident: user.resident } : {}),
    };
  }
}

/** A reason the resident gave, in the text field the event's flow asks for (reworkReason…), if it asks one. */
function reasonData(
  compiled: CompiledBlueprint,
  state: string,
  event: string,
  reason: string,
): Record<string, JsonValue> | undefined {
  const flow = compiled.blueprint.flows.find((f) => f.from === state && f.event === event);
  const field = (flow?.requiredData ?? []).find((f) => f.type === 'text' || f.type === 'string');
  return field ? { [field.name]: reason.slice(0, field.maxLength ?? 1000) } : undefined;
}
