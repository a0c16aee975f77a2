import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Transactor } from './transactor.js';
import { WalCheckpointer } from './wal-checkpointer.js';
import { WalSync } from './wal-sync.js';

/** The writing connection, for what must write outside the Transactor: tests that tamper with rows. */
export const WRITE_SOURCE = Symbol('WRITE_SOURCE');

/**
 * Provides `DataSource` for reads (on SQLite a read-only connection that sees committed data only),
 * the Transactor, the only way to write, and the writer itself; the Transactor closes both at shutdown.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forDataSource(
    writer: DataSource,
    reader: DataSource = writer,
    options: { walSync: boolean } = { walSync: true },
  ): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DataSource, useValue: reader },
        { provide: WRITE_SOURCE, useValue: writer },
        {
          provide: Transactor,
          useFactory: async () =>
            new Transactor(
              writer,
              reader,
              await WalCheckpointer.start(writer),
              options.walSync ? await WalSync.start(writer) : null,
            ),
        },
      ],
      exports: [DataSource, WRITE_SOURCE, Transactor],
    };
  }
}
