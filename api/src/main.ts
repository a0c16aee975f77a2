import { loadConfig } from './config/config.js';
import { createApp } from './app.js';
import { createLogger } from './logger.js';

/** `node api/dist/main.js`: migrate, seed on first start, listen, and shut down cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { app, seed } = await createApp(config, logger);
  app.enableShutdownHooks();
  await app.listen({ port: config.port, host: '0.0.0.0' });
  if (seed.blueprints.length || seed.ruleset)
    logger.info({ blueprints: seed.blueprints, ruleset: seed.ruleset, skipped: seed.skipped }, 'seeded');
  if (seed.sites.length) logger.info({ sites: seed.sites }, 'seeded the demo estate');
  if (seed.users.length) {
    // Printed once, on the start that created them; they are never logged again.
    const rows = seed.users
      .map((u) => `  ${u.username.padEnd(16)} ${u.role.padEnd(48)} ${u.password}`)
      .join('\n');
    process.stdout.write(`\nDemo users (password shown once):\n${rows}\n\n`);
  }
  logger.info(
    { port: config.port, database: config.database.kind },
    `Frontstage listening on http://localhost:${config.port}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Frontstage API failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
