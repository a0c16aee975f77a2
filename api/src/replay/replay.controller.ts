import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Roles } from '../common/roles.decorator.js';
import { zodDto } from '../common/zod-dto.js';
import { IdParamsDto } from '../tickets/tickets.controller.js';
import { ReplayService } from './replay.service.js';
import { queryInt } from '../common/query-int.js';

export const ReplayQuery = z.strictObject({
  limit: queryInt(1, 1000).default(200),
  offset: queryInt(0).default(0),
});
export class ReplayQueryDto extends zodDto(ReplayQuery) {}

/** Does every stored ticket equal the replay of its history? For auditors, supervisors and admins. */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('auditor', 'supervisor', 'admin')
@Controller('audit/replay')
export class ReplayController {
  constructor(private readonly replay: ReplayService) {}

  @Get()
  all(@Query() query: ReplayQueryDto) {
    return this.replay.all(query.limit, query.offset);
  }

  @Get(':id')
  one(@Param() params: IdParamsDto) {
    return this.replay.one(params.id);
  }
}
