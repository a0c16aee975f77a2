import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '../common/endpoint.js';
import { BlueprintKey, CallbackReport, Heatmap, WorkloadRow } from '@frontstage/engine';
import { z } from 'zod';
import { Clock } from '../common/clock.js';
import { CurrentUser, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { zodDto } from '../common/zod-dto.js';
import { ReportsService } from './reports.service.js';
import { queryInt } from '../common/query-int.js';

export const PeriodQuery = z.strictObject({
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
});
export class PeriodQueryDto extends zodDto(PeriodQuery) {}
export const HeatmapParams = z.strictObject({
  key: BlueprintKey,
});
export class HeatmapParamsDto extends zodDto(HeatmapParams) {}
export const HeatmapQuery = PeriodQuery.extend({ version: queryInt(1).optional() });
export class HeatmapQueryDto extends zodDto(HeatmapQuery) {}

const DAYS_30 = 30 * 86_400_000;

/** The periodic analysis the quality department reads (domain.md: statistics and analysis reports). */
@ApiTags('reports')
@Roles('supervisor', 'auditor', 'admin')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly clock: Clock,
  ) {}

  /** Callbacks (回访) done within their deadline, and mean satisfaction, per blueprint and team. Default: the last 30 days. */
  @Endpoint({
    summary: 'Callbacks within their deadline and satisfaction, per blueprint and team',
    operationId: 'getCallbackReport',
    query: PeriodQuery,
    answer: { schema: CallbackReport },
  })
  @Get('callbacks')
  callbacks(@Query() query: PeriodQueryDto, @CurrentUser() user: CurrentUserData) {
    const { from, to } = this.period(query);
    return this.reports.callbacks(user, from, to);
  }

  /** The blueprint heatmap: per step, passes, median and p90 time, breaches, refusals, satisfaction. Default: the last 30 days, latest version. */
  @Endpoint({
    summary: 'Per step of a blueprint version: passes, time spent, breaches, refusals, satisfaction',
    operationId: 'getHeatmap',
    params: HeatmapParams,
    query: HeatmapQuery,
    answer: { schema: Heatmap },
    errors: ['not_found'],
  })
  @Get('heatmap/:key')
  heatmap(
    @Param() params: HeatmapParamsDto,
    @Query() query: HeatmapQueryDto,
    @CurrentUser() user: CurrentUserData,
  ) {
    const { from, to } = this.period(query);
    return this.reports.heatmap(user, params.key, query.version, from, to);
  }

  /** Open tickets per team, at risk, overdue, and by the role they wait for. */
  @Endpoint({
    summary: 'Open tickets per team, at risk, overdue, and by the role they wait for',
    operationId: 'getWorkload',
    answer: { schema: z.array(WorkloadRow) },
  })
  @Get('workload')
  workload(@CurrentUser() user: CurrentUserData) {
    return this.reports.workload(user);
  }

  private period(query: { from?: string; to?: string }) {
    const to = query.to ?? this.clock.iso();
    return { from: query.from ?? new Date(Date.parse(to) - DAYS_30).toISOString(), to };
  }
}
