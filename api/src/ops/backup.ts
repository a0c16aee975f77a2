import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AppConfig } from '../config/config.js';
import { backupDatabase } from './backup-database.js';

const USAGE = `node api/dist/ops/backup.js [--out FILE]

Backs up the database the API is configured for (same environment: DATABASE_URL, else
FRONTSTAGE_DB), online and consistent, and prints a JSON line about the backup.
  --out FILE   where to write (default ./backups/frontstage-<time>.dump on PostgreSQL, .db on SQLite)
PostgreSQL uses pg_dump (PG_DUMP=/path/to/pg_dump to choose one matching the server).`;

// The same choice as the API's loadConfig, without its side effects (it would create a secret).
function configuredDatabase(env: NodeJS.ProcessEnv): AppConfig['database'] {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'sqlite', file: resolve(env.FRONTSTAGE_DB || './data/frontstage.db') };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const database = configuredDatabase(process.env);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = resolve(
    values.out ?? `backups/frontstage-${stamp}.${database.kind === 'postgres' ? 'dump' : 'db'}`,
  );
  const report = await backupDatabase(database, out);
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`backup failed: ${(error as Error).message}\n`);
  process.exit(1);
});
