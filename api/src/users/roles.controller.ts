import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HeldRole } from '@frontstage/engine';
import { z } from 'zod';
import { UsersRepository } from '../auth/users.repository.js';
import { Endpoint } from '../common/endpoint.js';
import { Roles } from '../common/roles.decorator.js';

/**
 * The roles the accounts hold, for the designer: its role picker offers them, and a blueprint step
 * for a role nobody holds is warned about before its tickets wait for ever. Counts only, no names.
 */
@ApiTags('users')
@Roles('designer', 'admin')
@Controller('roles')
export class RolesController {
  constructor(private readonly users: UsersRepository) {}

  @Endpoint({
    summary: 'The roles some account holds (its job role), with how many accounts hold each',
    operationId: 'listHeldRoles',
    answer: { schema: z.array(HeldRole) },
  })
  @Get()
  list() {
    return this.users.heldRoles();
  }
}
