import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { Clock } from '../common/clock.js';
import type { SchedulerOptions } from '../scheduler/timer-scheduler.js';
import type { AppConfig } from './config.js';
import { APP_CONFIG, LOGGER, SCHEDULER_OPTIONS, STEP_OPTIONS } from './tokens.js';

/** What the whole app shares and tests replace: configuration, logger, clock, scheduler settings. */
export interface CoreOptions {
  config: AppConfig;
  logger: Logger;
  clock: Clock;
  scheduler: SchedulerOptions;
}

@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: LOGGER, useValue: options.logger },
        { provide: Clock, useValue: options.clock },
        { provide: SCHEDULER_OPTIONS, useValue: options.scheduler },
        {
          provide: STEP_OPTIONS,
          useValue: options.config.calendar ? { calendar: options.config.calendar } : {},
        },
      ],
      exports: [APP_CONFIG, LOGGER, Clock, SCHEDULER_OPTIONS, STEP_OPTIONS],
    };
  }
}
