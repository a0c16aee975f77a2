import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { BlueprintsModule } from '../blueprints/blueprints.module.js';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { TimerScheduler } from './timer-scheduler.js';
import { TimersRepository } from './timers.repository.js';
import { TimersService } from './timers.service.js';

@Module({
  imports: [AuditModule, BlueprintsModule, TicketsModule, IdempotencyModule],
  providers: [TimersService, TimersRepository, TimerScheduler],
  exports: [TimerScheduler],
})
export class TimersModule {}
