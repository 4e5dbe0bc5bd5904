import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { createLogger } from './common/logger.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createDataSource } from './database/data-source.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { runMigrations } from './database/migrate.js';
import { DEMO_PASSWORD, seedDemo } from './seed/demo-seed.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.info({ dir: config.embeddedPgDir, port: config.embeddedPgPort }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres(config.embeddedPgDir, config.embeddedPgPort);
    databaseUrl = embedded.url;
  }

  const ds = createDataSource(databaseUrl);
  await ds.initialize();
  const applied = await runMigrations(ds);
  logger.info({ applied }, 'migrations done');
  // The embedded default seeds the demo on its first start; an external database only when asked.
  const seeded = embedded !== undefined || config.seedDemo ? await seedDemo(ds, new Date()) : null;
  await ds.destroy();

  const app = await createApp(config, databaseUrl, logger);
  await app.listen(config.port, config.host);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await app.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const lines = [
    '',
    `  Spiegel draait op ${config.publicOrigin}`,
    `  API: ${config.publicOrigin}/api   ·   API-documentatie: ${config.publicOrigin}/api/docs`,
  ];
  if (seeded) {
    lines.push(`  Demo-organisatie: ${seeded.organisationName} (wachtwoord voor iedereen: ${DEMO_PASSWORD})`);
    for (const a of seeded.accounts)
      lines.push(`    ${a.login.padEnd(10)} ${a.role.padEnd(12)} ${a.displayName}`);
  }
  lines.push('  Stoppen: Ctrl-C', '');
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
