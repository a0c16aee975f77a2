import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { EventName, FactName, JsonValue, Role } from '@frontstage/engine';
import { z } from 'zod';
import { CurrentUser, RequestId, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { ZodBody } from '../common/openapi-schema.js';
import { zodDto } from '../common/zod-dto.js';
import { TicketsService } from './tickets.service.js';

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
  state: z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/).optional(),
  class: z.enum(['general', 'special', 'emergency']).optional(),
  team: z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/).optional(),
  assignee: Role.optional(),
  status: z.enum(['open', 'closed']).optional(),
  overdue: flag.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export class ListQueryDto extends zodDto(ListQuery) {}

const WORKERS = ['staff', 'supervisor', 'admin'] as const;
const READERS = ['staff', 'supervisor', 'auditor', 'admin'] as const;

@ApiTags('tickets')
@ApiBearerAuth()
@Controller('tickets')
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  /** Intake: facts → classified, routed ticket on the latest version of its blueprint. */
  @Roles(...WORKERS)
  @ZodBody(CreateTicketBody)
  @Post()
  create(@Body() body: CreateTicketDto, @CurrentUser() user: CurrentUserData, @RequestId() requestId: string) {
    return this.tickets.create(user, body.facts, requestId);
  }

  @Roles(...READERS)
  @Get()
  list(@Query() query: ListQueryDto, @CurrentUser() user: CurrentUserData) {
    return this.tickets.list(user, query);
  }

  /** A ticket with the events the caller may send now and the data each needs. */
  @Roles(...READERS)
  @Get(':id')
  get(@Param() params: IdParamsDto, @CurrentUser() user: CurrentUserData) {
    return this.tickets.get(user, params.id);
  }

  @Roles(...READERS)
  @Get(':id/history')
  history(@Param() params: IdParamsDto, @CurrentUser() user: CurrentUserData) {
    return this.tickets.history(user, params.id);
  }

  /** 200 with the new ticket | 403 role | 409 version conflict | 422 not allowed now. */
  @Roles(...WORKERS)
  @ZodBody(EventBody)
  @Post(':id/events')
  @HttpCode(200)
  send(@Param() params: IdParamsDto, @Body() body: EventDto, @CurrentUser() user: CurrentUserData, @RequestId() requestId: string) {
    return this.tickets.sendEvent(user, params.id, body, requestId);
  }
}
