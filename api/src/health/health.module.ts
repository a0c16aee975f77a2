import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { RequestMetrics } from './request-metrics.js';

@Module({
  controllers: [HealthController],
  providers: [RequestMetrics],
  exports: [RequestMetrics],
})
export class HealthModule {}
