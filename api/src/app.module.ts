import { Module, type DynamicModule } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BlueprintsModule } from './blueprints/blueprints.module.js';
import type { AppConfig } from './config/config.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { RulesModule } from './rules/rules.module.js';
import { SeedModule } from './seed/seed.module.js';
import { StreamModule } from './stream/stream.module.js';
import { TicketsModule } from './tickets/tickets.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forDataSource(dataSource),
        AuthModule.register(config.secret),
        StreamModule,
        AuditModule,
        BlueprintsModule,
        RulesModule,
        TicketsModule,
        HealthModule,
        SeedModule,
      ],
    };
  }
}
