// Loaded into the API by `BENCH_DIAG=1 npm run bench:api` (node --require: unlike --import, it runs in
// worker threads too). Writes one line per event that can hold answers back to FRONTSTAGE_DIAG_FILE, as
// `<epoch ms> <kind> <ms>`:
//   sync        an fdatasync of the write-ahead log over 10 ms (WalSync; the batch's answers wait for it)
//   checkpoint  a WAL checkpoint over 5 ms (on the checkpointer's worker thread)
//   commit-gap  over 15 ms between two COMMITs of the writer (a start-over pause shows as one)
//   gc          a garbage-collection pause over 10 ms
//   stall       the event loop not turning for over 20 ms
// A measuring tool for the benchmark, never loaded by the product.
'use strict';
const { appendFileSync } = require('node:fs');
const { open } = require('node:fs/promises');
const { PerformanceObserver, performance } = require('node:perf_hooks');
const process = require('node:process');
const { setInterval } = require('node:timers');
const { isMainThread } = require('node:worker_threads');
const Database = require('better-sqlite3');

const file = process.env.FRONTSTAGE_DIAG_FILE;
const note = (kind, ms) => appendFileSync(file, `${Date.now()} ${kind} ${ms.toFixed(1)}\n`);

/** Wraps `method` of `target` so that calls matching `which` and taking over `limit` ms are noted as `kind`. */
function timed(target, method, kind, limit, which = () => true) {
  const original = target[method];
  target[method] = function (...args) {
    const started = performance.now();
    const result = original.apply(this, args);
    const done = () => {
      const ms = performance.now() - started;
      if (ms > limit && which(args)) note(kind, ms);
    };
    if (result instanceof Promise) return result.finally(done);
    done();
    return result;
  };
}

if (file && !isMainThread) {
  timed(Database.prototype, 'pragma', 'checkpoint', 5, ([source]) => /wal_checkpoint/.test(source));
} else if (file) {
  // FileHandle's class is not exported: take its prototype from a handle.
  void open(__filename).then(async (handle) => {
    timed(Object.getPrototypeOf(handle), 'datasync', 'sync', 10);
    await handle.close();
  });
  let lastCommit = 0;
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (source, ...rest) {
    const statement = prepare.call(this, source, ...rest);
    if (!/^\s*COMMIT/i.test(source)) return statement;
    const run = statement.run;
    statement.run = function (...args) {
      const result = run.apply(this, args);
      const now = performance.now();
      if (lastCommit && now - lastCommit > 15) note('commit-gap', now - lastCommit);
      lastCommit = now;
      return result;
    };
    return statement;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.duration > 10) note('gc', entry.duration);
  }).observe({ entryTypes: ['gc'] });
  let tick = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - tick > 25) note('stall', now - tick - 5);
    tick = now;
  }, 5).unref();
}
