import 'reflect-metadata';
import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { Clock, SystemClock } from './common/clock.js';
import { HttpExceptionFilter, RETRY_AFTER_SECONDS, type ErrorBody } from './common/http-exception.filter.js';
import { openApiDocument } from './common/openapi-document.js';
import { ZodValidationPipe } from './common/zod-validation.pipe.js';
import type { AppConfig } from './config/config.js';
import { openDatabase, withStartupLock } from './database/data-source.js';
import { openReader } from './database/read-source.js';
import { CSV_TYPE, XLSX_TYPE } from './estate/estate-file.js';
import { RequestMetrics } from './health/request-metrics.js';
import { createLogger, PinoNestLogger } from './logger.js';
import { SeedService, type SeedReport } from './seed/seed.service.js';
import type { SchedulerOptions } from './scheduler/timer-scheduler.js';

export const BODY_LIMIT = 1024 * 1024;
/** Estate files (CSV, XLSX) are read as raw bytes, up to this size: 100,000 units is about 10 MB of CSV. */
export const ESTATE_FILE_LIMIT = 64 * 1024 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A ready application: migrated, seeded, not yet listening. */
export interface CreatedApp {
  app: NestFastifyApplication;
  seed: SeedReport;
  logger: Logger;
}

/** What tests replace: the clock, and whether the timer scheduler polls on its own. */
export interface AppOptions {
  clock?: Clock;
  scheduler?: Partial<SchedulerOptions>;
}

/** Builds the whole API for a configuration: database, modules, pipes, filter, docs, editor, seed. */
export async function createApp(
  config: AppConfig,
  logger: Logger = createLogger(config.logLevel),
  options: AppOptions = {},
): Promise<CreatedApp> {
  const clock = options.clock ?? new SystemClock();
  const scheduler: SchedulerOptions = {
    enabled: true,
    intervalMs: config.timerIntervalMs,
    batch: 100,
    ...options.scheduler,
  };
  const dataSource = await openDatabase(config.database);
  const reader = await openReader(dataSource);
  let counter = 0;
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    // Fastify's own answer during shutdown is a bare 503; the onRequest hook below sends an ErrorBody with Retry-After.
    return503OnClosing: false,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given)
        ? given
        : `${process.pid.toString(36)}-${(++counter).toString(36)}`;
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, logger, clock, scheduler }, dataSource, reader),
    adapter,
    { logger: new PinoNestLogger(logger) },
  );
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ZodValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter(logger, editorIndex(config.editorDir)));
  const metrics = app.get(RequestMetrics);
  const fastify = app.getHttpAdapter().getInstance();
  // The estate import takes the file itself as the body; its service tells CSV from XLSX by the bytes.
  fastify.addContentTypeParser(
    [CSV_TYPE, XLSX_TYPE],
    { parseAs: 'buffer', bodyLimit: ESTATE_FILE_LIMIT },
    (_req: unknown, body: Buffer, done: (error: Error | null, value?: Buffer) => void) => done(null, body),
  );
  // Uploads (POST /api/attachments) stream their one file; its size limit is checked as it is read.
  await app.register(multipart as never, { throwFileSizeLimit: true });
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  // The request id comes back in every answer, so a client can match its logs and audit entries.
  fastify.addHook('onRequest', async (req, reply) => {
    void reply.header('x-request-id', req.id);
    // Requests still arriving while the server shuts down run nothing: a retry (here after a restart, or on another instance) will.
    if (closing)
      return reply
        .code(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .header('connection', 'close')
        .send(SHUTTING_DOWN);
  });
  fastify.addHook('onResponse', async (req, reply) => {
    metrics.observe(
      req.method,
      req.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    // Every request at debug; refusals and slow answers at info, so a busy site's log stays readable.
    const line = {
      reqId: req.id,
      method: req.method,
      route: req.routeOptions.url ?? req.url.split('?')[0],
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    if (reply.statusCode >= 400 || reply.elapsedTime > 1000) logger.info(line, 'request');
    else logger.debug(line, 'request');
  });
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app, config.publicUrl), {
    jsonDocumentUrl: 'api/docs-json',
  });
  if (existsSync(join(config.editorDir, 'index.html')))
    app.useStaticAssets({ root: config.editorDir, prefix: '/', decorateReply: false });
  await app.init();
  // Seeding checks counts first: under the start-up lock, instances starting together seed once.
  const seed = await withStartupLock(config.database, () =>
    app
      .get(SeedService)
      .seed(config.blueprintsDir, config.production ? null : config.demoPassword, config.adminPassword),
  );
  return { app, seed, logger };
}

const SHUTTING_DOWN: ErrorBody = {
  statusCode: 503,
  error: 'unavailable',
  message: 'The server is shutting down: nothing was done, send it again shortly',
};

/** The residents' pages live under /r/ (their own light entry, resident.html); the staff app everywhere else. */
export const RESIDENT_PAGES = /^\/r(\/|\?|$)/;

/**
 * The page for a client-side route: resident.html under /r/, else the editor's index.html; each
 * read once; undefined when no editor is built.
 */
function editorIndex(dir: string): (url: string) => string | undefined {
  const pages = new Map<string, string | undefined>();
  const read = (file: string) => {
    if (!pages.has(file))
      pages.set(file, existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined);
    return pages.get(file);
  };
  return (url) => read(RESIDENT_PAGES.test(url) ? 'resident.html' : 'index.html');
}
