import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { BlueprintsModule } from '../blueprints/blueprints.module.js';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { RulesModule } from '../rules/rules.module.js';
import { TimersModule } from '../timers/timers.module.js';
import { CommentsRepository } from './comments.repository.js';
import { TicketComments } from './ticket-comments.js';
import { TicketWriter } from './ticket-writer.js';
import { TicketsController } from './tickets.controller.js';
import { TicketsRepository } from './tickets.repository.js';
import { TicketsService } from './tickets.service.js';

@Module({
  imports: [AuditModule, BlueprintsModule, RulesModule, IdempotencyModule, TimersModule],
  controllers: [TicketsController],
  providers: [TicketsService, TicketsRepository, TicketWriter, TicketComments, CommentsRepository],
  exports: [TicketsRepository, TicketWriter],
})
export class TicketsModule {}
