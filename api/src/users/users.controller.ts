import { Body, Controller, Get, Headers, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Identifier, Role, SiteId, UserPage, UserView } from '@frontstage/engine';
import { z } from 'zod';
import { cursorParam, KeyText } from '../common/cursor.js';
import { Endpoint } from '../common/endpoint.js';
import { queryInt } from '../common/query-int.js';
import { API_ROLES, CurrentUser, Roles, type CurrentUserData } from '../common/roles.decorator.js';
import { zodDto } from '../common/zod-dto.js';
import { answerWith } from '../idempotency/answer-with.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { UsersService } from './users.service.js';

export const CreateUserBody = z
  .strictObject({
    username: z.string().regex(/^[a-z][a-z0-9_.-]{1,63}$/, 'a username: lower-case letters, digits, _ . -'),
    password: z.string().min(12, 'at least 12 characters').max(200),
    role: z.enum(API_ROLES),
    jobRole: Role.optional(),
    team: Identifier.optional(),
    /** The sites the user works at; staff and supervisors see only these sites' tickets. */
    sites: z.array(SiteId).max(100).optional(),
    /** Sees every site (the quality desk); auditors, admins and designers always do. */
    companyWide: z.boolean().optional(),
  })
  .refine((u) => u.role !== 'staff' || u.jobRole !== undefined, {
    path: ['jobRole'],
    message: 'staff need the job role the blueprints name (frontdesk, engineer…)',
  });
export class CreateUserDto extends zodDto(CreateUserBody) {}
// Not strict: this list took no parameters before it was paged, and ignored any it was sent.
export const UsersQuery = z.object({
  limit: queryInt(1, 500).optional(),
  cursor: cursorParam(z.tuple([KeyText])).optional(),
});
export class UsersQueryDto extends zodDto(UsersQuery) {}

/** Without `limit` or `cursor`, GET /api/users answers every account as an array, as v1 always did. */
const DEFAULT_PAGE = 100;

/** Accounts: only an admin lists or creates them. Passwords are stored as bcrypt hashes, never returned. */
@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Endpoint({
    summary: 'The accounts by username: all of them, or a page with limit or cursor',
    operationId: 'listUsers',
    description:
      'Without `limit` and `cursor`: every account, as an array (the answer of v1 before paging). With either: a `UserPage` of `limit` accounts (default 100) after the `cursor`.',
    query: UsersQuery,
    answer: { schema: z.union([z.array(UserView), UserPage]) },
  })
  @Get()
  list(@Query() query: UsersQueryDto) {
    if (query.limit === undefined && query.cursor === undefined) return this.users.list();
    return this.users.page(query.limit ?? DEFAULT_PAGE, query.cursor?.[0]);
  }

  @Endpoint({
    summary: 'Create an account',
    operationId: 'createUser',
    body: CreateUserBody,
    answer: { status: 201, schema: UserView },
    errors: ['conflict'],
    idempotent: true,
  })
  @Post()
  async create(
    @Body() body: CreateUserDto,
    @CurrentUser() user: CurrentUserData,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const answer = await this.idempotency.run(
      user.username,
      key,
      'POST /api/users',
      this.users.fingerprinted(body),
      (remember) => this.users.create(body, remember),
    );
    return answerWith(reply, answer);
  }
}
