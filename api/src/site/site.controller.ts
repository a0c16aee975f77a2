import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SiteCalendar, SiteId, type Calendar } from '@frontstage/engine';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { ApiError } from '../common/api-error.js';
import { Endpoint } from '../common/endpoint.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { API_ROLES, CurrentUser, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { zodDto } from '../common/zod-dto.js';
import { runSql } from '../database/sql.js';
import { inScope } from '../estate/site-scope.js';

export const CalendarQuery = z.strictObject({ site: SiteId.optional() });
export class CalendarQueryDto extends zodDto(CalendarQuery) {}

/** The settings clients need to compute what the server computes (replays in the page). */
@ApiTags('site')
@Roles(...API_ROLES)
@Controller('site')
export class SiteController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The working calendar of time standards on `clock: "business"`: the company's, or with `site`
   * the one that site's tickets run on (its own, else the company's); null when it counts wall time.
   */
  @Endpoint({
    summary: 'The working calendar for time standards on business hours, of the company or of a site',
    operationId: 'getSiteCalendar',
    query: CalendarQuery,
    answer: { schema: SiteCalendar },
    errors: ['not_found'],
  })
  @Get('calendar')
  async calendar(
    @Query() query: CalendarQueryDto,
    @CurrentUser() user: CurrentUserData,
  ): Promise<SiteCalendar> {
    if (query.site === undefined) return { calendar: this.config.calendar };
    const [row] = inScope(user, query.site)
      ? await runSql<{ calendar: string | null }>(
          this.dataSource,
          'SELECT calendar FROM sites WHERE id = $1',
          [query.site],
        )
      : [];
    // A site outside the caller's scope is answered like one that does not exist.
    if (!row) throw new ApiError('not_found', `Site "${query.site}" not found`, { field: 'query.site' });
    return { calendar: row.calendar ? (JSON.parse(row.calendar) as Calendar) : this.config.calendar };
  }
}
