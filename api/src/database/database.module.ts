import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Transactor } from './transactor.js';

/** Provides the opened DataSource and the Transactor to every module; the Transactor closes it at shutdown. */
@Global()
@Module({})
export class DatabaseModule {
  static forDataSource(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: Transactor, useFactory: () => new Transactor(dataSource) },
      ],
      exports: [DataSource, Transactor],
    };
  }
}
