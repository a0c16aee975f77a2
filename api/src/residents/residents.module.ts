import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { BlueprintsModule } from '../blueprints/blueprints.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RulesModule } from '../rules/rules.module.js';
import { StreamModule } from '../stream/stream.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { ConsentOnlyPaymentProvider, PAYMENT_PROVIDER } from './payment-provider.js';
import { ResidentAuthController } from './resident-auth.controller.js';
import { ResidentAuthService } from './resident-auth.service.js';
import { ResidentsController } from './residents.controller.js';
import { ResidentsRepository } from './residents.repository.js';
import { ResidentsService } from './residents.service.js';
import { OutboxSignInCodeSender, SIGN_IN_CODE_SENDER } from './sign-in-code-sender.js';
import { TrackingLinksController } from './tracking-links.controller.js';

/** Residents in the loop: sign-in, report, follow, rate, pay (issue #18). */
@Module({
  imports: [TicketsModule, AuditModule, BlueprintsModule, RulesModule, StreamModule, NotificationsModule],
  controllers: [ResidentAuthController, ResidentsController, TrackingLinksController],
  providers: [
    ResidentAuthService,
    ResidentsService,
    ResidentsRepository,
    { provide: SIGN_IN_CODE_SENDER, useClass: OutboxSignInCodeSender },
    { provide: PAYMENT_PROVIDER, useClass: ConsentOnlyPaymentProvider },
  ],
  exports: [SIGN_IN_CODE_SENDER, ResidentAuthService],
})
export class ResidentsModule {}
