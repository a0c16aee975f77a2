import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Customer, TicketPage } from '@frontstage/engine';
import { Endpoint } from '../common/endpoint.js';
import { CurrentUser, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { answerWith } from '../idempotency/answer-with.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { CustomersService } from './customers.service.js';
import {
  CreateCustomerBody,
  CreateCustomerDto,
  CustomerParams,
  CustomerParamsDto,
  CustomerTicketsQuery,
  CustomerTicketsQueryDto,
  EndHoldingBody,
  EndHoldingDto,
  HoldingBody,
  HoldingDto,
  HoldingParams,
  HoldingParamsDto,
  PatchCustomerBody,
  PatchCustomerDto,
} from './estate-requests.js';
import { ESTATE_READERS } from './sites.controller.js';

/** Supervisors keep their sites' customer records; admins every site's. */
const KEEPERS = ['supervisor', 'admin'] as const;
const PHONE_NOTE =
  'The phone is the full number for supervisors and the customer-service desk, else masked (`138****5678`, `phoneMasked: true`).';

/** Customer records (客户档案) and their holdings of units. */
@ApiTags('estate')
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly tickets: TicketsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Roles(...ESTATE_READERS)
  @Endpoint({
    summary: 'A customer with their holdings at the caller’s sites',
    operationId: 'getCustomer',
    description: PHONE_NOTE,
    params: CustomerParams,
    answer: { schema: Customer },
    errors: ['not_found'],
  })
  @Get(':id')
  get(@Param() { id }: CustomerParamsDto, @CurrentUser() user: CurrentUserData) {
    return this.customers.get(user, id);
  }

  @Roles(...KEEPERS)
  @Endpoint({
    summary: 'Register a customer, with the units they hold',
    operationId: 'createCustomer',
    description: `A phone number another customer has is a 409 naming \`phone\`; a malformed one a 400 naming it. ${PHONE_NOTE}`,
    body: CreateCustomerBody,
    answer: { status: 201, schema: Customer },
    errors: ['conflict'],
    idempotent: true,
  })
  @Post()
  async create(
    @Body() body: CreateCustomerDto,
    @CurrentUser() user: CurrentUserData,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const answer = await this.idempotency.run(user.username, key, 'POST /api/customers', body, (remember) =>
      this.customers.create(user, body, remember),
    );
    return answerWith(reply, answer);
  }

  @Roles(...KEEPERS)
  @Endpoint({
    summary: 'Change a customer’s name, phone or segments',
    operationId: 'updateCustomer',
    params: CustomerParams,
    body: PatchCustomerBody,
    answer: { schema: Customer },
    errors: ['not_found', 'conflict'],
  })
  @Patch(':id')
  patch(
    @Param() { id }: CustomerParamsDto,
    @Body() body: PatchCustomerDto,
    @CurrentUser() user: CurrentUserData,
  ) {
    return this.customers.patch(user, id, body);
  }

  @Roles(...KEEPERS)
  @Endpoint({
    summary: 'Record that a customer holds a unit (moved in, rented it…)',
    operationId: 'addHolding',
    description: 'Answers the customer with the new holding.',
    params: CustomerParams,
    body: HoldingBody,
    answer: { status: 201, schema: Customer },
    errors: ['not_found', 'conflict'],
    idempotent: true,
  })
  @Post(':id/holdings')
  async addHolding(
    @Param() { id }: CustomerParamsDto,
    @Body() body: HoldingDto,
    @CurrentUser() user: CurrentUserData,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const answer = await this.idempotency.run(
      user.username,
      key,
      `POST /api/customers/${id}/holdings`,
      body,
      (remember) => this.customers.addHolding(user, id, body, remember),
    );
    return answerWith(reply, answer);
  }

  @Roles(...KEEPERS)
  @Endpoint({
    summary: 'End a holding (moved out, lease over)',
    operationId: 'endHolding',
    params: HoldingParams,
    body: EndHoldingBody,
    answer: { schema: Customer },
    errors: ['not_found', 'conflict'],
    idempotent: true,
  })
  @Post(':id/holdings/:holdingId/end')
  @HttpCode(200)
  async endHolding(
    @Param() { id, holdingId }: HoldingParamsDto,
    @Body() body: EndHoldingDto,
    @CurrentUser() user: CurrentUserData,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const answer = await this.idempotency.run(
      user.username,
      key,
      `POST /api/customers/${id}/holdings/${holdingId}/end`,
      body,
      (remember) => this.customers.endHolding(user, id, holdingId, body.until, remember),
    );
    return answerWith(reply, answer);
  }

  @Roles(...ESTATE_READERS)
  @Endpoint({
    summary: 'A customer’s requests at the caller’s sites, newest first',
    operationId: 'listCustomerTickets',
    params: CustomerParams,
    query: CustomerTicketsQuery,
    answer: { schema: TicketPage },
    errors: ['not_found'],
  })
  @Get(':id/tickets')
  async customerTickets(
    @Param() { id }: CustomerParamsDto,
    @Query() { limit }: CustomerTicketsQueryDto,
    @CurrentUser() user: CurrentUserData,
  ) {
    await this.customers.visible(user, id);
    return this.tickets.list(user, { customer: id, sort: 'newest', limit, offset: 0 });
  }
}
