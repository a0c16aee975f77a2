import { Module } from '@nestjs/common';
import { UsersRepository } from '../auth/users.repository.js';
import { BlueprintsModule } from '../blueprints/blueprints.module.js';
import { RulesModule } from '../rules/rules.module.js';
import { SeedService } from './seed.service.js';

@Module({
  imports: [BlueprintsModule, RulesModule],
  providers: [SeedService, UsersRepository],
  exports: [SeedService],
})
export class SeedModule {}
