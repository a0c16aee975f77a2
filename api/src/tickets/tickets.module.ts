import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { BlueprintsModule } from '../blueprints/blueprints.module.js';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { RulesModule } from '../rules/rules.module.js';
import { TicketsController } from './tickets.controller.js';
import { TicketsRepository } from './tickets.repository.js';
import { TicketsService } from './tickets.service.js';
import { TicketWriter } from './ticket-writer.js';
import { TicketComments } from './ticket-comments.js';

@Module({
  imports: [AuditModule, BlueprintsModule, RulesModule, IdempotencyModule],
  controllers: [TicketsController],
  providers: [TicketsService, TicketsRepository, TicketWriter, TicketComments],
  exports: [TicketsRepository, TicketWriter],
})
export class TicketsModule {}
