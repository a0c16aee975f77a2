import { Module } from '@nestjs/common';
import { BlueprintsModule } from '../blueprints/blueprints.module.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { NotificationChannels } from './channels/notification-channels.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxWorker } from './outbox-worker.js';

/** Notifications: the outbox written with ticket changes, its worker, and the channels it delivers by. */
@Module({
  imports: [BlueprintsModule],
  providers: [
    NotificationsService,
    OutboxRepository,
    OutboxWorker,
    {
      provide: NotificationChannels,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new NotificationChannels(config.notify),
    },
  ],
  exports: [NotificationsService, OutboxWorker, OutboxRepository],
})
export class NotificationsModule {}
