import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  AuditEntry,
  EventName,
  FactName,
  Identifier,
  JsonValue,
  RequestClass,
  Role,
  TicketComment,
  TicketDetail,
  TicketPage,
} from '@frontstage/engine';
import { z } from 'zod';
import { CurrentUser, RequestId, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { Endpoint } from '../common/endpoint.js';
import { zodDto } from '../common/zod-dto.js';
import { IdempotencyService, type Answer } from '../idempotency/idempotency.service.js';
import { TicketComments } from './ticket-comments.js';
import { TicketsService } from './tickets.service.js';
import { queryInt } from '../common/query-int.js';

// Intake takes facts only: state, version, role or hash in the body are unknown fields, refused.
export const CreateTicketBody = z.strictObject({ facts: z.record(FactName, JsonValue) });
export class CreateTicketDto extends zodDto(CreateTicketBody) {}
export const EventBody = z.strictObject({
  type: EventName,
  data: z.record(FactName, JsonValue).optional(),
  expectedVersion: z.number().int().min(1),
});
export class EventDto extends zodDto(EventBody) {}
export const IdParams = z.strictObject({ id: z.uuid('a ticket id (uuid)') });
export class IdParamsDto extends zodDto(IdParams) {}
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const ListQuery = z.strictObject({
  state: Identifier.optional(),
  class: RequestClass.optional(),
  team: Identifier.optional(),
  assignee: Role.optional(),
  status: z.enum(['open', 'closed']).optional(),
  overdue: flag.optional(),
  atRisk: flag.optional(),
  escalatedTo: Role.optional(),
  search: z.string().min(1).max(100).optional(),
  sort: z.enum(['urgency', 'newest']).default('newest'),
  limit: queryInt(1, 200).default(50),
  offset: queryInt(0, 1_000_000).default(0),
});
export class ListQueryDto extends zodDto(ListQuery) {}
export const ReassignBody = z.strictObject({
  team: Identifier,
  expectedVersion: z.number().int().min(1),
});
export class ReassignDto extends zodDto(ReassignBody) {}
export const CommentBody = z.strictObject({
  body: z.string().trim().min(1, 'a comment cannot be empty').max(4000),
});
export class CommentDto extends zodDto(CommentBody) {}

const WORKERS = ['staff', 'supervisor', 'admin'] as const;
const READERS = ['staff', 'supervisor', 'auditor', 'admin'] as const;

@ApiTags('tickets')
@Controller('tickets')
export class TicketsController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly idempotency: IdempotencyService,
    private readonly comments: TicketComments,
  ) {}

  /** Intake: facts → classified, routed ticket on the latest version of its blueprint. */
  @Roles(...WORKERS)
  @Endpoint({
    summary: 'Take in a request: classify its facts and open a routed ticket',
    operationId: 'createTicket',
    body: CreateTicketBody,
    answer: { status: 201, schema: TicketDetail, description: 'The new ticket' },
    errors: [
      'classification_failed',
      'blueprint_not_published',
      'invalid_input',
      'data_invalid',
      'idempotency_key_reused',
      'idempotency_in_flight',
    ],
    idempotent: true,
  })
  @Post()
  async create(
    @Body() body: CreateTicketDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const answer = await this.idempotency.run(user.username, key, 'POST /api/tickets', body, (remember) =>
      this.tickets.create(user, body.facts, requestId, remember),
    );
    return answerWith(reply, answer);
  }

  @Roles(...READERS)
  @Endpoint({
    summary: 'List the tickets the caller may see, filtered and sorted',
    operationId: 'listTickets',
    query: ListQuery,
    answer: { schema: TicketPage },
  })
  @Get()
  list(@Query() query: ListQueryDto, @CurrentUser() user: CurrentUserData) {
    return this.tickets.list(user, query);
  }

  /** A ticket with the events the caller may send now and the data each needs. */
  @Roles(...READERS)
  @Endpoint({
    summary: 'A ticket with the events the caller may send now',
    operationId: 'getTicket',
    params: IdParams,
    answer: { schema: TicketDetail },
    errors: ['not_found'],
  })
  @Get(':id')
  get(@Param() params: IdParamsDto, @CurrentUser() user: CurrentUserData) {
    return this.tickets.get(user, params.id);
  }

  @Roles(...READERS)
  @Endpoint({
    summary: 'The audit history of a ticket, oldest first',
    operationId: 'getTicketHistory',
    params: IdParams,
    answer: { schema: z.array(AuditEntry) },
    errors: ['not_found'],
  })
  @Get(':id/history')
  history(@Param() params: IdParamsDto, @CurrentUser() user: CurrentUserData) {
    return this.tickets.history(user, params.id);
  }

  /** 200 with the new ticket | 403 role | 409 version conflict | 422 not allowed now. */
  @Roles(...WORKERS)
  @Endpoint({
    summary: 'Send an event to a ticket (a step done, a callback made…)',
    operationId: 'sendTicketEvent',
    params: IdParams,
    body: EventBody,
    answer: { schema: TicketDetail, description: 'The ticket after the event' },
    errors: [
      'not_found',
      'role_not_allowed',
      'version_conflict',
      'event_not_allowed',
      'data_invalid',
      'no_branch',
      'ticket_closed',
      'invalid_input',
      'idempotency_key_reused',
      'idempotency_in_flight',
    ],
    idempotent: true,
  })
  @Post(':id/events')
  @HttpCode(200)
  async send(
    @Param() params: IdParamsDto,
    @Body() body: EventDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const answer = await this.idempotency.run(
      user.username,
      key,
      `POST /api/tickets/${params.id}/events`,
      body,
      (remember) => this.tickets.sendEvent(user, params.id, body, requestId, remember),
    );
    return answerWith(reply, answer);
  }

  /** Supervisors move a ticket to another team (their authority to dispatch to any department). */
  @Roles('supervisor', 'admin')
  @Endpoint({
    summary: 'Move a ticket to another team',
    operationId: 'reassignTicket',
    params: IdParams,
    body: ReassignBody,
    answer: { schema: TicketDetail },
    errors: ['not_found', 'version_conflict', 'ticket_closed', 'invalid_input'],
  })
  @Post(':id/reassign')
  @HttpCode(200)
  reassign(
    @Param() params: IdParamsDto,
    @Body() body: ReassignDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
  ) {
    return this.tickets.reassign(user, params.id, body.team, body.expectedVersion, requestId);
  }

  @Roles(...READERS)
  @Endpoint({
    summary: 'The notes staff left on a ticket',
    operationId: 'listTicketComments',
    params: IdParams,
    answer: { schema: z.array(TicketComment) },
    errors: ['not_found'],
  })
  @Get(':id/comments')
  listComments(@Param() params: IdParamsDto, @CurrentUser() user: CurrentUserData) {
    return this.comments.list(user, params.id);
  }

  @Roles(...WORKERS)
  @Endpoint({
    summary: 'Leave a note on a ticket (it is audited too)',
    operationId: 'addTicketComment',
    params: IdParams,
    body: CommentBody,
    answer: { status: 201, schema: TicketComment },
    errors: ['not_found'],
  })
  @Post(':id/comments')
  addComment(
    @Param() params: IdParamsDto,
    @Body() body: CommentDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
  ) {
    return this.comments.add(user, params.id, body.body, requestId);
  }
}

/** Without a key, the command's value; with one, exactly the stored bytes (also on the first answer). */
function answerWith<T>(reply: FastifyReply, answer: Answer<T>): T | string {
  if (answer.kind === 'value') return answer.value;
  void reply.status(answer.statusCode).header('content-type', 'application/json; charset=utf-8');
  if (answer.replayed) void reply.header('idempotent-replayed', 'true');
  return answer.body;
}
