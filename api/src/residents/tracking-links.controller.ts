import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { TrackingLink } from '@frontstage/engine';
import { Endpoint } from '../common/endpoint.js';
import { CurrentUser, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { IdParams, IdParamsDto } from '../tickets/ticket-requests.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { ResidentAuthService } from './resident-auth.service.js';

/** The front desk gives a caller who reported by phone a link to follow that one request. */
@ApiTags('tickets')
@Controller('tickets')
export class TrackingLinksController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly auth: ResidentAuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Roles('staff', 'supervisor')
  @Endpoint({
    summary: 'A new tracking link for the request (the previous one stops working)',
    description: 'The token is 192 random bits, kept only as its SHA-256: the link is shown once, here.',
    operationId: 'createTrackingLink',
    params: IdParams,
    answer: { status: 201, schema: TrackingLink },
    errors: ['not_found'],
  })
  @Post(':id/tracking-link')
  @HttpCode(201)
  async create(@Param() params: IdParamsDto, @CurrentUser() user: CurrentUserData) {
    await this.tickets.visibleRow(user, params.id);
    const { token, createdAt } = await this.auth.newTrackingLink(params.id, user.username);
    return { ticketId: params.id, url: `${this.config.publicUrl}/r/t/${token}`, token, createdAt };
  }
}
