import { Module, type DynamicModule } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BlueprintsModule } from './blueprints/blueprints.module.js';
import { CoreModule, type CoreOptions } from './config/core.module.js';
import { DatabaseModule } from './database/database.module.js';
import { EstateModule } from './estate/estate.module.js';
import { HealthModule } from './health/health.module.js';
import { ReplayModule } from './replay/replay.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ResidentsModule } from './residents/residents.module.js';
import { RulesModule } from './rules/rules.module.js';
import { SchedulerModule } from './scheduler/scheduler.module.js';
import { SeedModule } from './seed/seed.module.js';
import { SiteModule } from './site/site.module.js';
import { StreamModule } from './stream/stream.module.js';
import { TicketsModule } from './tickets/tickets.module.js';
import { TimersModule } from './timers/timers.module.js';
import { UsersModule } from './users/users.module.js';
import { VocabularyModule } from './vocabulary/vocabulary.module.js';

@Module({})
export class AppModule {
  static forRoot(core: CoreOptions, writer: DataSource, reader: DataSource = writer): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(core),
        DatabaseModule.forDataSource(writer, reader, {
          walSync: core.config.database.kind === 'sqlite' && core.config.database.sync !== 'full',
        }),
        AuthModule.register(core.config.secret),
        StreamModule,
        AuditModule,
        BlueprintsModule,
        RulesModule,
        VocabularyModule,
        TicketsModule,
        AttachmentsModule,
        EstateModule,
        TimersModule,
        SchedulerModule,
        UsersModule,
        ReplayModule,
        ReportsModule,
        ResidentsModule,
        SiteModule,
        HealthModule,
        SeedModule,
      ],
    };
  }
}
