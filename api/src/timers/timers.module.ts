import { Module } from '@nestjs/common';
import { TimersRepository } from './timers.repository.js';

/** Time standards as durable rows; the tickets' commands start and stop them, the scheduler fires them. */
@Module({
  providers: [TimersRepository],
  exports: [TimersRepository],
})
export class TimersModule {}
