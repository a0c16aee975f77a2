import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Roles } from '../common/roles.decorator.js';
import { zodDto } from '../common/zod-dto.js';
import { AuditService } from './audit.service.js';

const Instant = z.iso.datetime();
export const AuditQuery = z.strictObject({
  ticketId: z.uuid().optional(),
  actorId: z.string().min(1).max(64).optional(),
  command: z.string().min(1).max(40).optional(),
  outcome: z.enum(['accepted', 'refused']).optional(),
  from: Instant.optional(),
  to: Instant.optional(),
  afterSeq: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export class AuditQueryDto extends zodDto(AuditQuery) {}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Searches the log; page on with `afterSeq`. */
  @Roles('auditor', 'supervisor', 'admin')
  @Get()
  async search(@Query() query: AuditQueryDto) {
    const items = await this.audit.search(query);
    return { items, nextAfterSeq: items.length === query.limit ? items[items.length - 1]!.seq : null };
  }

  /** Recomputes the hash chain and names the first broken entry. */
  @Roles('auditor', 'admin')
  @Get('verify')
  verify() {
    return this.audit.verify();
  }
}
