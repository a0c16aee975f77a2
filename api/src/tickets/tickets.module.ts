import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { BlueprintsModule } from '../blueprints/blueprints.module.js';
import { RulesModule } from '../rules/rules.module.js';
import { TicketsController } from './tickets.controller.js';
import { TicketsRepository } from './tickets.repository.js';
import { TicketsService } from './tickets.service.js';

@Module({
  imports: [AuditModule, BlueprintsModule, RulesModule],
  controllers: [TicketsController],
  providers: [TicketsService, TicketsRepository],
})
export class TicketsModule {}
