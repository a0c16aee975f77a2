import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditEntry, DerivedFacts, TicketComment, TicketDetail, TicketPage } from '@frontstage/engine';
import { z } from 'zod';
import { CurrentUser, RequestId, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { Endpoint } from '../common/endpoint.js';
import { answerWith } from '../idempotency/answer-with.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { TicketComments } from './ticket-comments.js';
import { TicketIntake } from './ticket-intake.js';
import { TicketsService } from './tickets.service.js';
import { strongETag } from '../common/etag.js';
import { expectedVersion } from './expected-version.js';
import {
  CommentBody,
  CommentDto,
  CreateTicketBody,
  CreateTicketDto,
  EventBody,
  EventDto,
  IdParams,
  IdParamsDto,
  ListQuery,
  ListQueryDto,
  ReassignBody,
  ReassignDto,
} from './ticket-requests.js';
/** A ticket's ETag: its version, which every accepted command moves on. */
const versionTag = (ticket: { version: number }) => strongETag(ticket.version);

const TICKET_ETAG = 'The ticket’s version, quoted (`"3"`): send it back as If-Match with a command.';
const TICKET_IF_MATCH =
  'The ticket version the command is for, as its ETag gave it (`"3"`): instead of `expectedVersion` in the body (both may be sent if equal). A ticket at another version answers 412 `precondition_failed`, nothing applied.';

const WORKERS = ['staff', 'supervisor', 'admin'] as const;
const READERS = ['staff', 'supervisor', 'auditor', 'admin'] as const;

@ApiTags('tickets')
@Controller('tickets')
export class TicketsController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly intake: TicketIntake,
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
    errors: ['classification_failed', 'blueprint_not_published', 'invalid_input', 'data_invalid'],
    idempotent: true,
    etag: TICKET_ETAG,
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
      this.intake.create(user, body, requestId, remember),
    );
    return answerWith(reply, answer, versionTag);
  }

  /** The facts intake would derive for a request, previewed as the desk types; nothing is written. */
  @Roles(...WORKERS)
  @Endpoint({
    summary: 'Preview the facts intake derives: recent complaints, inside a home, location',
    description:
      'Takes the body of `POST /api/tickets`. `previousComplaints` counts the complaint tickets (the blueprint the site’s ruleset gives a request of type complaint) of the same customer, unit or area, or with the same phone and room text, in the last 90 days; `inHome` and `location` follow from the picked unit or area. A value the request gives itself wins (a complaint count only when higher). `POST /api/tickets` derives the same.',
    operationId: 'deriveTicketFacts',
    body: CreateTicketBody,
    answer: { status: 200, schema: DerivedFacts },
    errors: ['invalid_input', 'classification_failed'],
  })
  @Post('derived-facts')
  @HttpCode(200)
  derivedFacts(@Body() body: CreateTicketDto, @CurrentUser() user: CurrentUserData) {
    return this.intake.derivedFacts(user, body);
  }

  @Roles(...READERS)
  @Endpoint({
    summary: 'List the tickets the caller may see, filtered and sorted',
    operationId: 'listTickets',
    query: ListQuery,
    answer: { schema: TicketPage },
  })
  @Get()
  list(@Query() { cursor, ...query }: ListQueryDto, @CurrentUser() user: CurrentUserData) {
    // Keyset pages (`cursor`) stay exact while tickets are added; offset pages remain for v1 clients.
    return this.tickets.list(user, { ...query, ...(cursor ? { after: cursor } : {}) });
  }

  /** A ticket with the events the caller may send now and the data each needs. */
  @Roles(...READERS)
  @Endpoint({
    summary: 'A ticket with the events the caller may send now',
    operationId: 'getTicket',
    params: IdParams,
    answer: { schema: TicketDetail },
    errors: ['not_found'],
    etag: TICKET_ETAG,
  })
  @Get(':id')
  async get(
    @Param() params: IdParamsDto,
    @CurrentUser() user: CurrentUserData,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const ticket = await this.tickets.get(user, params.id);
    void reply.header('etag', versionTag(ticket));
    return ticket;
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
      'precondition_failed',
      'event_not_allowed',
      'data_invalid',
      'no_branch',
      'ticket_closed',
      'invalid_input',
    ],
    idempotent: true,
    ifMatch: TICKET_IF_MATCH,
    etag: TICKET_ETAG,
  })
  @Post(':id/events')
  @HttpCode(200)
  async send(
    @Param() params: IdParamsDto,
    @Body() body: EventDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const expected = expectedVersion(body.expectedVersion, ifMatch);
    // The key remembers the command, wherever its version came from (body or If-Match).
    const request = { ...body, expectedVersion: expected.version };
    const answer = await this.idempotency.run(
      user.username,
      key,
      `POST /api/tickets/${params.id}/events`,
      request,
      (remember) =>
        this.tickets.sendEvent(
          user,
          params.id,
          { type: body.type, ...(body.data ? { data: body.data } : {}), expected },
          requestId,
          remember,
        ),
    );
    return answerWith(reply, answer, versionTag);
  }

  /** Supervisors move a ticket to another team (their authority to dispatch to any department). */
  @Roles('supervisor', 'admin')
  @Endpoint({
    summary: 'Move a ticket to another team',
    operationId: 'reassignTicket',
    params: IdParams,
    body: ReassignBody,
    answer: { schema: TicketDetail },
    errors: ['not_found', 'version_conflict', 'precondition_failed', 'ticket_closed', 'invalid_input'],
    idempotent: true,
    ifMatch: TICKET_IF_MATCH,
    etag: TICKET_ETAG,
  })
  @Post(':id/reassign')
  @HttpCode(200)
  async reassign(
    @Param() params: IdParamsDto,
    @Body() body: ReassignDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const expected = expectedVersion(body.expectedVersion, ifMatch);
    const answer = await this.idempotency.run(
      user.username,
      key,
      `POST /api/tickets/${params.id}/reassign`,
      { ...body, expectedVersion: expected.version },
      (remember) => this.tickets.reassign(user, params.id, body.team, expected, requestId, remember),
    );
    return answerWith(reply, answer, versionTag);
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
    idempotent: true,
  })
  @Post(':id/comments')
  async addComment(
    @Param() params: IdParamsDto,
    @Body() body: CommentDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const answer = await this.idempotency.run(
      user.username,
      key,
      `POST /api/tickets/${params.id}/comments`,
      body,
      (remember) => this.comments.add(user, params.id, body.body, requestId, remember),
    );
    return answerWith(reply, answer);
  }
}
