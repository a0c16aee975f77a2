import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { Transactor } from '../database/transactor.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { AttachmentStore, DatabaseAttachmentStore, FileAttachmentStore } from './attachment-store.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsService } from './attachments.service.js';

/**
 * Photos and files on tickets. The repository and the linking rules are provided by the tickets
 * module (intake links a new ticket's photos in its own transaction); this one uploads and reads.
 */
@Module({
  imports: [TicketsModule],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    {
      provide: AttachmentStore,
      inject: [APP_CONFIG, DataSource, Transactor],
      useFactory: (config: AppConfig, dataSource: DataSource, tx: Transactor): AttachmentStore =>
        config.database.kind === 'postgres'
          ? new DatabaseAttachmentStore(dataSource, tx)
          : new FileAttachmentStore(config.attachments.dir),
    },
  ],
})
export class AttachmentsModule {}
