import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Identifier, Role } from '@frontstage/engine';
import { z } from 'zod';
import { ZodBody } from '../common/openapi-schema.js';
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
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list() {
    return this.users.list();
  }

  @ZodBody(CreateUserBody)
  @Post()
  create(@Body() body: CreateUserDto) {
    return this.users.create(body);
  }
}
