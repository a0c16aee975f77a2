import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { API_ROLES, Roles } from '../common/roles.decorator.js';

/** The site's settings that clients need to compute what the server computes (replays in the page). */
@ApiTags('site')
@ApiBearerAuth()
@Roles(...API_ROLES)
@Controller('site')
export class SiteController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The working calendar of time standards on `clock: "business"`; null when the site counts wall time only. */
  @Get('calendar')
  calendar() {
    return { calendar: this.config.calendar };
  }
}
