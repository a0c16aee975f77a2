import { Injectable } from '@nestjs/common';
import { checkTicket, type TicketCheck } from '@frontstage/engine';
import { AuditService } from '../audit/audit.service.js';
import { BlueprintsService } from '../blueprints/blueprints.service.js';
import { notFound } from '../common/api-error.js';
import { encodeCursor } from '../common/cursor.js';
import { inScope, type Scoped } from '../estate/site-scope.js';
import { SiteOptions } from '../tickets/site-options.js';
import { TicketsRepository } from '../tickets/tickets.repository.js';

/** One ticket's verdict: its stored state is, or is not, the replay of its audit history. */
export type ReplayVerdict = { ticketId: string; blueprint: string; version: number } & (
  { ok: true } | (Omit<Extract<TicketCheck, { ok: false }>, 'ok'> & { ok: false })
);

/**
 * Replays tickets' audit histories through their pinned blueprint versions (with the site's step
 * options) and compares the result with the stored ticket: any edit of either shows up here.
 */
@Injectable()
export class ReplayService {
  constructor(
    private readonly tickets: TicketsRepository,
    private readonly audit: AuditService,
    private readonly blueprints: BlueprintsService,
    private readonly siteOptions: SiteOptions,
  ) {}

  /** One ticket of the caller's sites (another site's is not found, like a missing one). */
  async one(scope: Scoped, id: string): Promise<ReplayVerdict> {
    const row = await this.tickets.findById(id);
    if (!row || !inScope(scope, row.siteId)) throw notFound('Ticket', id);
    const compiled = await this.blueprints.compiledVersion(row.blueprintKey, row.blueprintVersion);
    const options = await this.siteOptions.of(row.siteId);
    const check = checkTicket(compiled, await this.audit.history(id), row.snapshot, options);
    const where = { ticketId: id, blueprint: row.blueprintKey, version: row.blueprintVersion };
    if (check.ok) return { ...where, ok: true };
    const { ok: _ok, ...why } = check;
    return { ...where, ok: false, ...why };
  }

  /** Every ticket of the caller's sites, oldest first, a page at a time; the mismatches are listed in full. */
  async all(scope: Scoped, limit: number, offset: number, after?: { createdAt: string; id: string }) {
    // One ticket more than the page says whether another page follows.
    const found = await this.tickets.ids(scope, limit + 1, offset, after);
    const page = found.slice(0, limit);
    const verdicts: ReplayVerdict[] = [];
    for (const { id } of page) verdicts.push(await this.one(scope, id));
    const mismatches = verdicts.filter((v) => !v.ok);
    const last = page[page.length - 1];
    const nextCursor = found.length > limit && last ? encodeCursor([last.createdAt, last.id]) : null;
    return { checked: verdicts.length, ok: mismatches.length === 0, mismatches, limit, offset, nextCursor };
  }
}
