import { DataSource } from 'typeorm';
import { ENTITIES } from './entities.js';

/**
 * Reads on their own connection. better-sqlite3 has one connection, and the Transactor keeps a
 * group-commit batch open across awaits: a read on that connection would see the batch before it
 * commits, and a rolled-back batch would have shown a state that never was. A second, read-only
 * connection in WAL mode sees committed data only. PostgreSQL's pool already isolates reads.
 */
export async function openReader(writer: DataSource): Promise<DataSource> {
  if (writer.options.type !== 'better-sqlite3') return writer;
  const reader = new DataSource({
    type: 'better-sqlite3',
    database: writer.options.database,
    readonly: true,
    timeout: 10_000,
    entities: ENTITIES,
    synchronize: false,
    logging: false,
  });
  await reader.initialize();
  return reader;
}
