import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SiteCalendar } from '@frontstage/engine';
import { Endpoint } from '../common/endpoint.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { API_ROLES, Roles } from '../common/roles.decorator.js';

/** The site's settings that clients need to compute what the server computes (replays in the page). */
@ApiTags('site')
@Roles(...API_ROLES)
@Controller('site')
export class SiteController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The working calendar of time standards on `clock: "business"`; null when the site counts wall time only. */
  @Endpoint({
    summary: 'The site’s working calendar for time standards on business hours',
    operationId: 'getSiteCalendar',
    answer: { schema: SiteCalendar },
  })
  @Get('calendar')
  calendar(): SiteCalendar {
    return { calendar: this.config.calendar };
  }
}
