import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { CustomerViews } from './customer-views.js';
import { CustomersController } from './customers.controller.js';
import { CustomersRepository } from './customers.repository.js';
import { CustomersService } from './customers.service.js';
import { EstateExportService } from './estate-export.service.js';
import { EstateImportController } from './estate-import.controller.js';
import { EstateImportService } from './estate-import.service.js';
import { SitesController } from './sites.controller.js';
import { SitesRepository } from './sites.repository.js';
import { SitesService } from './sites.service.js';
import { UnitsRepository } from './units.repository.js';

/** The estate: sites, buildings, units, common areas, customers and their holdings; import and export. */
@Module({
  imports: [IdempotencyModule, TicketsModule],
  controllers: [SitesController, CustomersController, EstateImportController],
  providers: [
    SitesRepository,
    UnitsRepository,
    CustomersRepository,
    CustomerViews,
    SitesService,
    CustomersService,
    EstateImportService,
    EstateExportService,
  ],
  exports: [SitesService, CustomerViews, CustomersRepository, UnitsRepository],
})
export class EstateModule {}
