import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  start,
  TICKET_COMMAND,
  type DerivedFacts,
  type JsonValue,
  type TicketDetail,
} from '@frontstage/engine';
import { AttachmentLinks, auditedAttachment } from '../attachments/attachment-links.js';
import { attachmentView } from '../attachments/attachment-view.js';
import { ApiError } from '../common/api-error.js';
import { Clock } from '../common/clock.js';
import type { CurrentUserData } from '../common/roles.decorator.js';
import type { TicketRow } from '../database/entities.js';
import { TicketPlaces, type PlaceInput, type PlacedSite } from '../estate/ticket-places.js';
import { BlueprintsService } from '../blueprints/blueprints.service.js';
import type { Remember } from '../idempotency/idempotency.service.js';
import { RulesService } from '../rules/rules.service.js';
import { callerEvents } from './customer-proxy.js';
import { urgencyRank } from './queue-order.js';
import { SiteOptions } from './site-options.js';
import { TicketContexts } from './ticket-context.js';
import { TicketDerivation } from './ticket-derivation.js';
import { ticketDetail } from './ticket-view.js';
import { columnsOf, TicketWriter, type CommandAttempt } from './ticket-writer.js';

/** The idempotent answer of intake, kept with it when the request carried a key. */
const answerOf = (remember: Remember | null, view: TicketDetail) =>
  remember ? { answer: { remember, statusCode: 201, body: JSON.stringify(view) } } : {};

/** Intake: a request becomes a classified, routed ticket of its site, at its place. */
@Injectable()
export class TicketIntake {
  constructor(
    private readonly writer: TicketWriter,
    private readonly blueprints: BlueprintsService,
    private readonly rules: RulesService,
    private readonly clock: Clock,
    private readonly places: TicketPlaces,
    private readonly siteOptions: SiteOptions,
    private readonly contexts: TicketContexts,
    private readonly derivation: TicketDerivation,
    private readonly attachments: AttachmentLinks,
  ) {}

  /**
   * What intake would derive for a request (recent complaints, inside a home, location) and the
   * facts the rules would then read; nothing is written. The console previews it as the desk types.
   */
  async derivedFacts(
    user: CurrentUserData,
    input: PlaceInput & { facts: Record<string, JsonValue> },
  ): Promise<DerivedFacts> {
    const place = await this.places.resolve(user, input);
    return this.derivation.derive(place, input.facts, this.clock.iso());
  }

  /**
   * Intake: check where the request is (a bad place is a 400 that writes nothing, not even an
   * audit entry), classify the facts with the site's ruleset, pin the blueprint version the site
   * runs, start on the site's calendar, route; one transaction.
   */
  async create(
    user: CurrentUserData,
    input: PlaceInput & { facts: Record<string, JsonValue>; attachments?: string[] | undefined },
    requestId: string,
    remember: Remember | null = null,
  ): Promise<TicketDetail> {
    const place = await this.places.resolve(user, input);
    // Photos named by hash are checked with the place: a bad one is a 400 that writes nothing.
    const photos = input.attachments?.length
      ? await this.attachments.plan(user, 'attachments', null, input.attachments)
      : [];
    const now = this.clock.iso();
    // The rules, the ticket and its history hold the derived facts (a replay starts from the same);
    // the trace says which were derived and what the request itself said.
    const { facts, derived } = await this.derivation.derive(place, input.facts, now);
    const attempt: CommandAttempt = {
      command: TICKET_COMMAND.create,
      eventType: 'INTAKE',
      data: facts,
      actor: { id: user.username, role: user.jobRole },
      at: now,
      requestId,
      ticket: null,
    };
    const refuse = (error: ApiError) => this.writer.refuse(attempt, error);
    const decided = await this.rules
      .evaluate(facts, undefined, place.site.assignment.rulesetVersion)
      .catch(async (e: unknown) => {
        throw e instanceof ApiError ? await refuse(e) : e;
      });
    const { rulesetVersion, classification } = decided;
    const pinned = await this.pinFor(place.site, classification.blueprint);
    if (!pinned)
      throw await refuse(
        new ApiError(
          'blueprint_not_published',
          `Blueprint "${classification.blueprint}" has no published version offered at site "${place.site.id}"`,
          { blueprint: classification.blueprint, site: place.site.id },
        ),
      );
    const started = start(
      pinned.compiled,
      facts,
      { id: user.username, role: user.jobRole, ...(user.team ? { team: user.team } : {}) },
      now,
      {
        ...this.siteOptions.withCalendar(place.site.calendar),
        team: classification.team,
        timeStandards: classification.timeStandards,
      },
    );
    if (!started.ok) throw await refuse(ApiError.fromRejection(started.rejection));
    const t = started.ticket;
    const row: TicketRow = {
      id: randomUUID(),
      blueprintKey: pinned.row.key,
      blueprintVersion: pinned.row.version,
      blueprintHash: pinned.row.hash,
      class: classification.class,
      priority: classification.priority,
      ...columnsOf(t),
      team: t.team ?? classification.team ?? null,
      urgencyRank: urgencyRank(classification.class),
      snapshot: t,
      classification: { rulesetVersion, ...classification },
      version: 1,
      createdAt: now,
      createdBy: user.username,
      siteId: place.site.id,
      unitId: place.unitId,
      areaId: place.areaId,
      locationCode: place.locationCode,
      customerId: place.customerId,
    };
    const view = ticketDetail(row, now, callerEvents(pinned.compiled, t, user.jobRole), {
      ...(await this.contexts.of(user, row)),
      attachments: photos.map((p) => ({ ...attachmentView(p), linkedAt: now, linkedBy: user.username })),
    });
    await this.writer.commit(attempt, {
      row,
      write: 'insert',
      effects: started.effects,
      // Team and time standards are start() options: kept here so the history alone can replay the ticket.
      trace: {
        classification: {
          rulesetVersion,
          class: classification.class,
          priority: classification.priority,
          team: classification.team,
          timeStandards: classification.timeStandards,
          decidedBy: classification.explanation.decidedBy,
          explanation: classification.explanation,
        },
        flows: started.flows,
        effects: started.effects.map((e) => e.kind),
        // Which facts intake derived and from what (the complaints it counted, the unit or area).
        derived,
        // Where the ticket is, chained with its first entry: a moved ticket would no longer match its history.
        place: {
          site: row.siteId,
          unitId: row.unitId,
          areaId: row.areaId,
          locationCode: row.locationCode,
          customerId: row.customerId,
        },
        // The photos linked with the ticket, named by the hash of their stored bytes.
        ...(photos.length > 0 ? { attachments: photos.map(auditedAttachment) } : {}),
      },
      ...(photos.length > 0
        ? { attach: (m, entry) => this.attachments.write(m, row.id, photos, user.username, now, entry.seq) }
        : {}),
      ...answerOf(remember, view),
    });
    return view;
  }

  /**
   * The version a new ticket of `site` starts on: the latest published, unless the site's
   * assignment lists the blueprints it offers (one missing from the list is not offered there)
   * or holds one on a version.
   */
  private async pinFor(site: PlacedSite, key: string) {
    const offered = site.assignment.blueprints;
    if (offered === null) return this.blueprints.latestCompiled(key);
    const entry = offered.find((b) => b.key === key);
    if (!entry) return null;
    return entry.version === null
      ? this.blueprints.latestCompiled(key)
      : this.blueprints.compiledAt(key, entry.version);
  }
}
