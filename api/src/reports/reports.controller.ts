import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Clock } from '../common/clock.js';
import { Roles } from '../common/roles.decorator.js';
import { zodDto } from '../common/zod-dto.js';
import { ReportsService } from './reports.service.js';

export const PeriodQuery = z.strictObject({ from: z.iso.datetime().optional(), to: z.iso.datetime().optional() });
export class PeriodQueryDto extends zodDto(PeriodQuery) {}

const DAYS_30 = 30 * 86_400_000;

/** The periodic analysis the quality department reads (domain.md: statistics and analysis reports). */
@ApiTags('reports')
@ApiBearerAuth()
@Roles('supervisor', 'auditor', 'admin')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly clock: Clock,
  ) {}

  /** Callbacks (回访) done within their deadline, and mean satisfaction, per blueprint and team. Default: the last 30 days. */
  @Get('callbacks')
  callbacks(@Query() query: PeriodQueryDto) {
    const to = query.to ?? this.clock.iso();
    const from = query.from ?? new Date(Date.parse(to) - DAYS_30).toISOString();
    return this.reports.callbacks(from, to);
  }
}
