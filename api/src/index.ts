// The public surface of @frontstage/api for other workspaces (e.g. cross-package tests):
// build an app in-process; `dist/main.js` is the runnable server.
export { createApp, BODY_LIMIT, type CreatedApp } from './app.js';
export { loadConfig, ConfigError, type AppConfig } from './config/config.js';
export { createLogger } from './logger.js';
export { DEMO_USERS } from './seed/demo-users.js';
export type { ApiErrorCode } from './common/api-error.js';
export type { ErrorBody } from './common/http-exception.filter.js';
// For seeding large databases exactly as the API writes them (test/bench/console-seed.ts).
export { entryHash, GENESIS_HASH } from './audit/audit-chain.js';
export { columnsOf } from './tickets/ticket-writer.js';
// The search index's rows as the API writes them (test/bench/search.bench.ts).
export { searchRow, type SearchIndexRow } from './tickets/ticket-search-index.js';
// For in-process suites that run time standards in fake time (test/reliability).
export { type AppOptions } from './app.js';
export { Clock, FakeClock, SystemClock } from './common/clock.js';
export { TimerScheduler } from './scheduler/timer-scheduler.js';
export { WRITE_SOURCE } from './database/database.module.js';
