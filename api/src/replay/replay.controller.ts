import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ReplayReport, ReplayVerdict } from '@frontstage/engine';
import { Endpoint } from '../common/endpoint.js';
import { z } from 'zod';
import { CurrentUser, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { zodDto } from '../common/zod-dto.js';
import { IdParams, IdParamsDto } from '../tickets/ticket-requests.js';
import { ReplayService } from './replay.service.js';
import { queryInt } from '../common/query-int.js';
import { cursorParam, KeyText } from '../common/cursor.js';

export const ReplayQuery = z
  .strictObject({
    limit: queryInt(1, 1000).default(200),
    offset: queryInt(0).default(0),
    /** After the ticket the previous page ended on (created_at, id): exact while tickets are added. */
    cursor: cursorParam(z.tuple([KeyText, KeyText])).optional(),
  })
  .refine((q) => !q.cursor || q.offset === 0, {
    path: ['offset'],
    message: 'page by offset or by cursor, not both',
  });
export class ReplayQueryDto extends zodDto(ReplayQuery) {}

/** Does every stored ticket equal the replay of its history? For auditors, supervisors and admins. */
@ApiTags('audit')
@Roles('auditor', 'supervisor', 'admin')
@Controller('audit/replay')
export class ReplayController {
  constructor(private readonly replay: ReplayService) {}

  @Endpoint({
    summary: 'Replay a page of tickets over their histories and list the mismatches',
    operationId: 'replayTickets',
    query: ReplayQuery,
    answer: { schema: ReplayReport },
  })
  @Get()
  all(@Query() query: ReplayQueryDto, @CurrentUser() user: CurrentUserData) {
    const after = query.cursor && { createdAt: query.cursor[0], id: query.cursor[1] };
    return this.replay.all(user, query.limit, query.offset, after);
  }

  @Endpoint({
    summary: 'Replay one ticket over its history: does the stored ticket equal it?',
    operationId: 'replayTicket',
    params: IdParams,
    answer: { schema: ReplayVerdict },
    errors: ['not_found'],
  })
  @Get(':id')
  one(@Param() params: IdParamsDto, @CurrentUser() user: CurrentUserData) {
    return this.replay.one(user, params.id);
  }
}
