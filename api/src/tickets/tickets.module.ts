import { Module } from '@nestjs/common';
import { AttachmentLinks } from '../attachments/attachment-links.js';
import { AttachmentsRepository } from '../attachments/attachments.repository.js';
import { AuditModule } from '../audit/audit.module.js';
import { BlueprintsModule } from '../blueprints/blueprints.module.js';
import { IdempotencyModule } from '../idempotency/idempotency.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RulesModule } from '../rules/rules.module.js';
import { TimersModule } from '../timers/timers.module.js';
import { CommentsRepository } from './comments.repository.js';
import { ComplaintHistoryRepository } from './complaint-history.repository.js';
import { CustomersRepository } from '../estate/customers.repository.js';
import { MoveInRegistration } from '../estate/move-in-registration.js';
import { TicketPlaces } from '../estate/ticket-places.js';
import { SiteOptions } from './site-options.js';
import { TicketComments } from './ticket-comments.js';
import { TicketContexts } from './ticket-context.js';
import { TicketDerivation } from './ticket-derivation.js';
import { TicketIntake } from './ticket-intake.js';
import { TicketWriter } from './ticket-writer.js';
import { TicketsController } from './tickets.controller.js';
import { TicketsRepository } from './tickets.repository.js';
import { TicketsService } from './tickets.service.js';

@Module({
  imports: [AuditModule, BlueprintsModule, RulesModule, IdempotencyModule, TimersModule, NotificationsModule],
  controllers: [TicketsController],
  providers: [
    TicketsService,
    TicketIntake,
    TicketsRepository,
    TicketWriter,
    TicketComments,
    CommentsRepository,
    TicketPlaces,
    // The estate's pieces the ticket pipeline writes with, provided here: the estate module imports this one.
    MoveInRegistration,
    CustomersRepository,
    TicketContexts,
    SiteOptions,
    TicketDerivation,
    ComplaintHistoryRepository,
    // Attachments' rows and linking rules: intake links a new ticket's photos, the detail lists them.
    AttachmentsRepository,
    AttachmentLinks,
  ],
  exports: [
    TicketsRepository,
    TicketWriter,
    SiteOptions,
    TicketsService,
    TicketIntake,
    AttachmentsRepository,
    AttachmentLinks,
  ],
})
export class TicketsModule {}
