import { Body, Controller, Get, HttpCode, Param, Post, Sse, type MessageEvent } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  RESIDENT_ROLE,
  ResidentAnswer,
  ResidentOptions,
  ResidentPayment,
  ResidentPaymentRecord,
  ResidentRating,
  ResidentReport,
  ResidentTicket,
  ResidentTicketList,
} from '@frontstage/engine';
import { Observable } from 'rxjs';
import { Endpoint } from '../common/endpoint.js';
import { CurrentUser, RequestId, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { zodDto } from '../common/zod-dto.js';
import { StreamBus } from '../stream/stream-bus.js';
import { IdParams, IdParamsDto } from '../tickets/ticket-requests.js';
import { ResidentsService } from './residents.service.js';

class ReportDto extends zodDto(ResidentReport) {}
class RatingDto extends zodDto(ResidentRating) {}
class AnswerDto extends zodDto(ResidentAnswer) {}
class PaymentDto extends zodDto(ResidentPayment) {}

/** The resident app's API: only the resident's own requests, only what is above the line of visibility. */
@ApiTags('residents')
@Roles(RESIDENT_ROLE)
@Controller('residents')
export class ResidentsController {
  constructor(
    private readonly residents: ResidentsService,
    private readonly bus: StreamBus,
  ) {}

  @Endpoint({
    summary: 'Where and what a resident may report',
    operationId: 'residentOptions',
    answer: { schema: ResidentOptions },
  })
  @Get('options')
  options(@CurrentUser() user: CurrentUserData) {
    return this.residents.options(user);
  }

  @Endpoint({
    summary: 'Report a request: the same classification and routing as the front desk’s intake',
    operationId: 'residentReport',
    body: ResidentReport,
    answer: { status: 201, schema: ResidentTicket },
    errors: ['classification_failed', 'blueprint_not_published'],
  })
  @Post('tickets')
  @HttpCode(201)
  report(@Body() body: ReportDto, @CurrentUser() user: CurrentUserData, @RequestId() requestId: string) {
    return this.residents.report(user, body, requestId);
  }

  @Endpoint({
    summary: 'The resident’s requests, newest first',
    operationId: 'residentTickets',
    answer: { schema: ResidentTicketList },
  })
  @Get('tickets')
  list(@CurrentUser() user: CurrentUserData) {
    return this.residents.list(user);
  }

  @Endpoint({
    summary:
      'Follow one request: its timeline above the line of visibility, the promised time, who is coming',
    operationId: 'residentTicket',
    params: IdParams,
    answer: { schema: ResidentTicket },
    errors: ['not_found'],
  })
  @Get('tickets/:id')
  follow(@Param() params: IdParamsDto, @CurrentUser() user: CurrentUserData) {
    return this.residents.follow(user, params.id);
  }

  @Endpoint({
    summary: 'Rate the service (1-5 stars, reasons for 3 or less): completes the blueprint’s callback',
    operationId: 'residentRate',
    params: IdParams,
    body: ResidentRating,
    answer: { schema: ResidentTicket },
    errors: ['not_found', 'event_not_allowed', 'version_conflict', 'data_invalid'],
  })
  @Post('tickets/:id/rating')
  @HttpCode(200)
  rate(
    @Param() params: IdParamsDto,
    @Body() body: RatingDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
  ) {
    return this.residents.rate(user, params.id, body, requestId);
  }

  @Endpoint({
    summary: 'Answer a customer step: confirm the work, say it is not fixed, decline a quote',
    operationId: 'residentAnswer',
    params: IdParams,
    body: ResidentAnswer,
    answer: { schema: ResidentTicket },
    errors: ['not_found', 'event_not_allowed', 'version_conflict', 'data_invalid'],
  })
  @Post('tickets/:id/answer')
  @HttpCode(200)
  answer(
    @Param() params: IdParamsDto,
    @Body() body: AnswerDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
  ) {
    return this.residents.answer(user, params.id, body, requestId);
  }

  @Endpoint({
    summary: 'Consent to a quoted fee: records consent and amount, accepts the quote',
    description:
      'No money moves here: a PaymentProvider adapter (WeChat Pay, Alipay) does that; see residents/payment-provider.ts.',
    operationId: 'residentPay',
    params: IdParams,
    body: ResidentPayment,
    answer: { schema: ResidentPaymentRecord },
    errors: ['not_found', 'event_not_allowed', 'version_conflict'],
  })
  @Post('tickets/:id/payment')
  @HttpCode(200)
  pay(
    @Param() params: IdParamsDto,
    @Body() body: PaymentDto,
    @CurrentUser() user: CurrentUserData,
    @RequestId() requestId: string,
  ) {
    return this.residents.pay(user, params.id, body, requestId);
  }

  /** Live changes of the resident's own requests: only the id and version, the page reads the rest. */
  @Endpoint({
    summary: 'Live changes of the resident’s own requests, as server-sent events',
    operationId: 'residentStream',
    description:
      'Events `ready` and `ticket.changed` (data: `{ticketId, version}`), `ping` every 25 s. The token may come as `?access_token=`.',
    answer: { contentType: 'text/event-stream' },
  })
  @Sse('stream')
  stream(@CurrentUser() user: CurrentUserData): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      subscriber.next({ type: 'ready', data: {} });
      const unsubscribe = this.bus.subscribe(
        (change) => {
          void this.residents.owns(user, change.ticketId).then((mine) => {
            if (mine)
              subscriber.next({
                type: 'ticket.changed',
                id: `${change.ticketId}:${change.version}`,
                data: { ticketId: change.ticketId, version: change.version },
              });
          });
        },
        () => subscriber.complete(),
      );
      const keepAlive = setInterval(() => subscriber.next({ type: 'ping', data: {} }), 25_000);
      return () => {
        clearInterval(keepAlive);
        unsubscribe();
      };
    });
  }
}
