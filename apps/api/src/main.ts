import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { createLogger } from './common/logger.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createDataSource } from './database/data-source.js';
import {
  type EmbeddedDatabase,
  EmbeddedPostgresError,
  startEmbeddedPostgres,
} from './database/embedded-postgres.js';
import { runMigrations } from './database/migrate.js';
import { SchedulerService } from './modules/nazorg/scheduler.service.js';
import { seedDemo } from './seed/demo-seed.js';
import { formatStartBanner } from './start-banner.js';
import { assertPortFree, databaseProblem, portProblem, StartProblem } from './start-problems.js';
import { MailTransport } from './modules/outreach/mail-transport.js';
import { demoNotifications, demoReminderMoment } from './seed/demo-outreach.js';
import { SessionRemindersService } from './modules/outreach/session-reminders.service.js';
import { NotificationsService } from './modules/notifications/notifications.service.js';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  await assertPortFree(config.port, config.host);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.info({ dir: config.embeddedPgDir, port: config.embeddedPgPort }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres(config.embeddedPgDir, config.embeddedPgPort);
    databaseUrl = embedded.url;
    if (embedded.notice) logger.warn({ dir: embedded.dataDir }, embedded.notice);
  }

  const ds = createDataSource(databaseUrl);
  await ds.initialize().catch((err: unknown) => {
    throw databaseProblem(err, databaseUrl) ?? err;
  });
  const applied = await runMigrations(ds);
  logger.info({ applied }, 'migrations done');
  // The embedded default seeds the demo on its first start; an external database only when asked.
  const seeded = embedded !== undefined || config.seedDemo ? await seedDemo(ds, new Date()) : null;
  await ds.destroy();

  const app = await createApp(config, databaseUrl, logger);
  await app.listen(config.port, config.host).catch(async (err: unknown) => {
    await app.close().catch(() => undefined);
    throw portProblem(err, config.port) ?? err;
  });
  if (seeded?.created) {
    // The first demo start sends a few real notifications, so Beheer → E-mails shows mail going out.
    const notifications = app.get(NotificationsService);
    const demoDs = app.get<DataSource>(getDataSourceToken());
    for (const n of await demoNotifications(demoDs, seeded.organisationName)) await notifications.notify(n);
    await app.get(SessionRemindersService).run(demoReminderMoment(new Date()));
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await app.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  // One orderly stop: close the app (Nest's shutdown hooks, sockets, database pools), then the embedded
  // PostgreSQL. Nest's own signal listener would re-raise the signal (exit by signal, not 0) and
  // embedded-postgres's exit hook would stop the database under the open pools (connection warnings).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void stop(signal));
  }
  // The banner goes last, complete: after the jobs that run at boot (they log a line) and after
  // everything pino still holds.
  await Promise.race([
    app.get(SchedulerService).firstRun(),
    new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
  ]);
  // Mail starts now rather than at the first mail, so its line comes before the banner, which says where mail goes.
  const mail = await app.get(MailTransport).prepare();
  await new Promise<void>((resolve) => logger.flush(() => resolve()));
  process.stdout.write(formatStartBanner(config.publicOrigin, seeded, embedded, mail) + '\n');
}

main().catch((err: unknown) => {
  const plain =
    err instanceof ConfigError || err instanceof EmbeddedPostgresError || err instanceof StartProblem;
  console.error(plain ? err.message : err);
  process.exit(1);
});
