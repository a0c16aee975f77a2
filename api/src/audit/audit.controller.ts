import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { AuditPage, ChainVerification } from '@frontstage/engine';
import { Endpoint } from '../common/endpoint.js';
import { BlueprintKey, EventName, Identifier, RequestClass } from '@frontstage/engine';
import { z } from 'zod';
import { CurrentUser, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { zodDto } from '../common/zod-dto.js';
import { AuditService } from './audit.service.js';
import { toCsv } from './audit-export.js';
import { queryInt } from '../common/query-int.js';
import { ApiError } from '../common/api-error.js';
import { cursorParam, encodeCursor } from '../common/cursor.js';
import type { AuditFilter } from './audit.repository.js';
import { callsCustomers } from '../estate/estate-views.js';
import { TicketSearchParams } from '../tickets/search-params.js';

const Instant = z.iso.datetime();
export const AuditQuery = z.strictObject({
  ticketId: z.uuid().optional(),
  actorId: z.string().min(1).max(64).optional(),
  command: z.string().min(1).max(40).optional(),
  outcome: z.enum(['accepted', 'refused']).optional(),
  from: Instant.optional(),
  to: Instant.optional(),
  afterSeq: queryInt(0).optional(),
  /** The same position as afterSeq, as the opaque `nextCursor` of the previous page. */
  cursor: cursorParam(z.tuple([z.number().int().min(0)])).optional(),
  blueprintKey: BlueprintKey.optional(),
  blueprintVersion: queryInt(1).optional(),
  eventType: EventName.optional(),
  actorRole: z.string().min(1).max(40).optional(),
  class: RequestClass.optional(),
  team: Identifier.optional(),
  ...TicketSearchParams,
  limit: queryInt(1, 1000).default(100),
});
export class AuditQueryDto extends zodDto(AuditQuery) {}
export const ExportQuery = AuditQuery.extend({
  format: z.enum(['csv', 'json']).default('csv'),
  limit: queryInt(1, 100_000).default(10_000),
});
export class ExportQueryDto extends zodDto(ExportQuery) {}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Searches the log in seq order; page on with `cursor` (or `afterSeq`, its plain form). */
  @Roles('auditor', 'supervisor', 'admin')
  @Endpoint({
    summary: 'Search the audit log; page on with cursor (or afterSeq)',
    operationId: 'searchAudit',
    query: AuditQuery,
    answer: { schema: AuditPage },
  })
  @Get()
  async search(@Query() query: AuditQueryDto, @CurrentUser() user: CurrentUserData) {
    // One entry more than the page says whether another page follows.
    const found = await this.audit.search({ ...filterOf(query, user), limit: query.limit + 1 });
    const items = found.slice(0, query.limit);
    const next = found.length > query.limit ? items[items.length - 1]!.seq : null;
    return { items, nextAfterSeq: next, nextCursor: next === null ? null : encodeCursor([next]) };
  }

  /** The filtered entries as a file: CSV (one row per entry, data as JSON) or JSON. */
  @Roles('auditor', 'supervisor', 'admin')
  @Endpoint({
    summary: 'Export the filtered audit entries as CSV or JSON',
    operationId: 'exportAudit',
    query: ExportQuery,
    answer: {
      contentType: 'text/csv',
      description: 'CSV (one row per entry) or, with format=json, a JSON array of AuditEntry',
    },
  })
  @Get('export')
  async export(
    @Query() query: ExportQueryDto,
    @CurrentUser() user: CurrentUserData,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { format, ...filter } = query;
    const items = await this.audit.search(filterOf(filter, user));
    void reply.header('content-disposition', `attachment; filename="frontstage-audit.${format}"`);
    if (format === 'json') return items;
    void reply.header('content-type', 'text/csv; charset=utf-8');
    return toCsv(items);
  }

  /** Recomputes the hash chain and names the first broken entry. */
  @Roles('auditor', 'supervisor', 'admin')
  @Endpoint({
    summary: 'Recompute the hash chain and name the first broken entry',
    operationId: 'verifyAudit',
    answer: { schema: ChainVerification },
  })
  @Get('verify')
  verify() {
    return this.audit.verify();
  }
}

/**
 * The search filter of a query within the caller's sites: `cursor` is the seq `afterSeq` names,
 * and the two must agree when both are sent.
 */
function filterOf({ cursor, q, room, phone, ...query }: AuditQueryDto, user: CurrentUserData): AuditFilter {
  // Entries of the tickets a search finds; from/to stay the entries' own times.
  const tickets = { query: { q, room, phone }, showsPhones: callsCustomers(user) };
  if (!cursor) return { ...query, tickets, scope: user };
  if (query.afterSeq !== undefined && query.afterSeq !== cursor[0])
    throw new ApiError('validation_failed', 'query.cursor: names another position than afterSeq', {
      field: 'query.cursor',
    });
  return { ...query, tickets, afterSeq: cursor[0], scope: user };
}
