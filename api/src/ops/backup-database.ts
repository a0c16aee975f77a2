import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppConfig } from '../config/config.js';

/** What a finished backup says about itself. */
export interface BackupReport {
  kind: 'sqlite' | 'postgres';
  file: string;
  bytes: number;
  ms: number;
  /** Tickets and audit entries in the backup (SQLite only: read back from the copy itself). */
  tickets?: number;
  auditEntries?: number;
}

/**
 * A consistent online backup of the running database into `file`; the API keeps serving.
 *
 * SQLite: `VACUUM INTO` reads one snapshot in a single read transaction (WAL lets writers go on)
 * and writes a compact, self-contained database; a file copy of a live WAL database is not a backup.
 * The copy is then opened and checked (`PRAGMA integrity_check`).
 * PostgreSQL: `pg_dump --format=custom`, which dumps one snapshot (repeatable read); restore it
 * with `pg_restore` into an empty database (see the README's Deployment section).
 */
export async function backupDatabase(
  database: AppConfig['database'],
  file: string,
  pgDump = process.env.PG_DUMP ?? 'pg_dump',
): Promise<BackupReport> {
  if (existsSync(file)) throw new Error(`${file} exists: a backup never overwrites a file`);
  mkdirSync(dirname(file), { recursive: true });
  const began = performance.now();
  if (database.kind === 'postgres') {
    await run(pgDump, [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--file=${file}`,
      `--dbname=${database.url}`,
    ]);
    return { kind: 'postgres', file, bytes: statSync(file).size, ms: Math.round(performance.now() - began) };
  }
  if (!existsSync(database.file)) throw new Error(`no SQLite database at ${database.file}`);
  const source = new Database(database.file, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    source.prepare('VACUUM INTO ?').run(file);
  } finally {
    source.close();
  }
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (copy.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    if (integrity !== 'ok') throw new Error(`the backup ${file} fails its integrity check: ${integrity}`);
    const count = (table: string) =>
      Number((copy.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n);
    return {
      kind: 'sqlite',
      file,
      bytes: statSync(file).size,
      ms: Math.round(performance.now() - began),
      tickets: count('tickets'),
      auditEntries: count('audit_entries'),
    };
  } finally {
    copy.close();
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.once('error', (error) => reject(new Error(`${command}: ${error.message}`)));
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}
