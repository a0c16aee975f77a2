import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Calendar } from '@frontstage/engine';

/** Everything the API reads from its environment, resolved once at start-up. */
export interface AppConfig {
  port: number;
  /** FRONTSTAGE_PUBLIC_URL: where clients reach the API (the OpenAPI document's server). */
  publicUrl: string;
  production: boolean;
  /** `postgres` when DATABASE_URL is set, else the SQLite file. */
  database:
    | {
        kind: 'sqlite';
        file: string;
        /**
         * FRONTSTAGE_SQLITE_SYNC: how a commit reaches the disk before its answer. `thread` (the
         * default): the log is fdatasync-ed on a thread (WalSync); `full`: inside the COMMIT, on the
         * event loop (synchronous=FULL). Equally durable; `thread` keeps serving while the disk works.
         */
        sync?: 'thread' | 'full';
      }
    | { kind: 'postgres'; url: string };
  secret: string;
  /** Password of the seeded demo users; generated when unset (never used in production). */
  demoPassword: string;
  demoPasswordGenerated: boolean;
  /** Production's first account: an `admin` created with this password when there are no users yet. */
  adminPassword: string | null;
  /** Where the shipped blueprints and ruleset are read from on first start. */
  blueprintsDir: string;
  /** The built editor, served on the same port when it exists. */
  editorDir: string;
  logLevel: string;
  /** The site's working calendar, for time standards on `clock: 'business'`; null counts wall time. */
  calendar: Calendar | null;
  /** How often the timer scheduler looks for due time standards. */
  timerIntervalMs: number;
  attachments: AttachmentLimits & {
    /** FRONTSTAGE_ATTACHMENTS_DIR: where SQLite deployments keep attachment bytes (PostgreSQL keeps them in the database). */
    dir: string;
  };
}

/** FRONTSTAGE_ATTACHMENT_MAX_BYTES (10 MB) per file; FRONTSTAGE_TICKET_ATTACHMENTS_MAX (6) per ticket. */
export interface AttachmentLimits {
  maxBytes: number;
  perTicket: number;
}

export class ConfigError extends Error {}

/** Reads the environment; a missing secret is generated and kept beside the data, except in production. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): AppConfig {
  const production = env.NODE_ENV === 'production';
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  const file = resolve(root, env.FRONTSTAGE_DB || './data/frontstage.db');
  const database = env.DATABASE_URL
    ? ({ kind: 'postgres', url: env.DATABASE_URL } as const)
    : ({ kind: 'sqlite', file, sync: sqliteSync(env.FRONTSTAGE_SQLITE_SYNC) } as const);
  const dataDir = database.kind === 'sqlite' ? dirname(file) : resolve(root, 'data');
  const secret = env.FRONTSTAGE_SECRET || (production ? refuse() : storedSecret(join(dataDir, 'secret')));
  if (secret.length < 16) throw new ConfigError('FRONTSTAGE_SECRET must be at least 16 characters');
  const blueprintsDir = resolve(root, env.FRONTSTAGE_BLUEPRINTS || 'blueprints');
  const publicUrl = (env.FRONTSTAGE_PUBLIC_URL || `http://localhost:${port || 3000}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(publicUrl))
    throw new ConfigError(`FRONTSTAGE_PUBLIC_URL must be an http(s) URL, got "${env.FRONTSTAGE_PUBLIC_URL}"`);
  const demoPassword = env.FRONTSTAGE_DEMO_PASSWORD || randomBytes(9).toString('base64url');
  return {
    port,
    publicUrl,
    production,
    database,
    secret,
    demoPassword,
    demoPasswordGenerated: !env.FRONTSTAGE_DEMO_PASSWORD,
    adminPassword: adminPassword(env.FRONTSTAGE_ADMIN_PASSWORD),
    blueprintsDir,
    editorDir: resolve(root, env.FRONTSTAGE_EDITOR || 'editor/dist'),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    calendar: siteCalendar(
      env.FRONTSTAGE_CALENDAR
        ? resolve(root, env.FRONTSTAGE_CALENDAR)
        : join(blueprintsDir, 'calendar', 'site.json'),
      Boolean(env.FRONTSTAGE_CALENDAR),
    ),
    timerIntervalMs: positive(env.FRONTSTAGE_TIMER_INTERVAL_MS, 1000, 'FRONTSTAGE_TIMER_INTERVAL_MS'),
    attachments: {
      // Beside the database file, so a backup of that folder takes both.
      dir: resolve(root, env.FRONTSTAGE_ATTACHMENTS_DIR || join(dataDir, 'attachments')),
      maxBytes: positive(
        env.FRONTSTAGE_ATTACHMENT_MAX_BYTES,
        10 * 1024 * 1024,
        'FRONTSTAGE_ATTACHMENT_MAX_BYTES',
      ),
      perTicket: positive(env.FRONTSTAGE_TICKET_ATTACHMENTS_MAX, 6, 'FRONTSTAGE_TICKET_ATTACHMENTS_MAX'),
    },
  };
}

/** Reads and checks the site calendar; a file named explicitly must exist, the default one may not. */
function siteCalendar(path: string, required: boolean): Calendar | null {
  if (!existsSync(path)) {
    if (required) throw new ConfigError(`FRONTSTAGE_CALENDAR: no file at ${path}`);
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${path}: not JSON (${(error as Error).message})`);
  }
  const parsed = Calendar.safeParse(raw);
  if (!parsed.success)
    throw new ConfigError(
      `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

function adminPassword(raw: string | undefined): string | null {
  if (!raw) return null;
  if (raw.length < 12) throw new ConfigError('FRONTSTAGE_ADMIN_PASSWORD must be at least 12 characters');
  return raw;
}

function positive(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function refuse(): never {
  throw new ConfigError(
    'NODE_ENV=production needs FRONTSTAGE_SECRET: refusing to start with a generated secret',
  );
}

function storedSecret(path: string): string {
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dirname(path), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
}

function sqliteSync(raw: string | undefined): 'thread' | 'full' {
  if (raw === undefined || raw === '' || raw === 'thread') return 'thread';
  if (raw === 'full') return 'full';
  throw new ConfigError(`FRONTSTAGE_SQLITE_SYNC must be "thread" or "full", got "${raw}"`);
}
