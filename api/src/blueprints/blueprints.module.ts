import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { BlueprintsController } from './blueprints.controller.js';
import { BlueprintsRepository } from './blueprints.repository.js';
import { BlueprintsService } from './blueprints.service.js';

@Module({
  imports: [AuditModule, IdempotencyModule],
  controllers: [BlueprintsController],
  providers: [BlueprintsService, BlueprintsRepository],
  exports: [BlueprintsService],
})
export class BlueprintsModule {}
