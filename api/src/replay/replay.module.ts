import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { BlueprintsModule } from '../blueprints/blueprints.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { ReplayController } from './replay.controller.js';
import { ReplayService } from './replay.service.js';

@Module({
  imports: [AuditModule, BlueprintsModule, TicketsModule],
  controllers: [ReplayController],
  providers: [ReplayService],
})
export class ReplayModule {}
