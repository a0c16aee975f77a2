import { Module } from '@nestjs/common';
import { BlueprintsModule } from '../blueprints/blueprints.module.js';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { TimersModule } from '../timers/timers.module.js';
import { DueTimers } from './due-timers.js';
import { TimerScheduler } from './timer-scheduler.js';

@Module({
  imports: [BlueprintsModule, TicketsModule, TimersModule, IdempotencyModule],
  providers: [DueTimers, TimerScheduler],
  exports: [TimerScheduler],
})
export class SchedulerModule {}
