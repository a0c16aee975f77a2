import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Identifier, Role, UserView } from '@frontstage/engine';
import { z } from 'zod';
import { Endpoint } from '../common/endpoint.js';
import { API_ROLES, Roles } from '../common/roles.decorator.js';
import { zodDto } from '../common/zod-dto.js';
import { UsersService } from './users.service.js';

export const CreateUserBody = z
  .strictObject({
    username: z.string().regex(/^[a-z][a-z0-9_.-]{1,63}$/, 'a username: lower-case letters, digits, _ . -'),
    password: z.string().min(12, 'at least 12 characters').max(200),
    role: z.enum(API_ROLES),
    jobRole: Role.optional(),
    team: Identifier.optional(),
  })
  .refine((u) => u.role !== 'staff' || u.jobRole !== undefined, {
    path: ['jobRole'],
    message: 'staff need the job role the blueprints name (frontdesk, engineer…)',
  });
export class CreateUserDto extends zodDto(CreateUserBody) {}

/** Accounts: only an admin lists or creates them. Passwords are stored as bcrypt hashes, never returned. */
@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Endpoint({ summary: 'Every account', operationId: 'listUsers', answer: { schema: z.array(UserView) } })
  @Get()
  list() {
    return this.users.list();
  }

  @Endpoint({
    summary: 'Create an account',
    operationId: 'createUser',
    body: CreateUserBody,
    answer: { status: 201, schema: UserView },
    errors: ['conflict'],
  })
  @Post()
  create(@Body() body: CreateUserDto) {
    return this.users.create(body);
  }
}
