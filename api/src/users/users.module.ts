import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { RolesController } from './roles.controller.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [IdempotencyModule],
  controllers: [UsersController, RolesController],
  providers: [UsersService],
})
export class UsersModule {}
