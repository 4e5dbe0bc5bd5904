import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../config/config.js';
import { BackupError, backupDatabase, CONFIG_TO_KEEP, restoreDatabase } from './backup.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { pendingSchemaChanges } from './schema-drift.js';
import { createOrganisationWithAdmin } from '../modules/auth/create-organisation.js';
import { AuditRepository } from '../modules/audit/audit.repository.js';

const usage = `Usage:
  spiegel-cli migrate                         run pending migrations (DATABASE_URL)
  spiegel-cli check                           fail when the entities need a migration that does not exist
  spiegel-cli generate <Name>                 write a migration for the difference (development)
  spiegel-cli create-organisation <name> <admin-login> <admin-pseudonym>
                                              create an organisation and its first admin; the password
                                              is read from ADMIN_PASSWORD
  spiegel-cli backup <file>                   write a backup (pg_dump custom format, mode 0600) of
                                              DATABASE_URL, or of the embedded database when unset
  spiegel-cli restore <file>                  restore a backup into an EMPTY database (refuses any other)
  spiegel-cli audit:verify [organisation-id]  verify the access log's hash chains (DATABASE_URL); names the
                                              first entry that was changed or removed, exit code 1 then`;

/**
 * backup/restore: against DATABASE_URL, else the embedded database: the running one (pnpm start), or
 * started here for the duration and stopped after.
 */
async function backupOrRestore(command: 'backup' | 'restore', file: string | undefined): Promise<void> {
  if (!file) throw new BackupError(`${command} needs a file name: spiegel-cli ${command} <file>`);
  const config = loadConfig();
  let url = config.databaseUrl;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    const embedded = `postgres://postgres:postgres@127.0.0.1:${config.embeddedPgPort}/spiegel`;
    const probe = new pg.Client({ connectionString: embedded });
    try {
      await probe.connect();
      url = embedded;
    } catch {
      const db = await startEmbeddedPostgres(config.embeddedPgDir, config.embeddedPgPort);
      url = db.url;
      stop = db.stop;
    } finally {
      await probe.end().catch(() => undefined);
    }
  }
  try {
    if (command === 'backup') {
      await backupDatabase(url, file, config.pgBinDir);
      const set = CONFIG_TO_KEEP.filter((name) => process.env[name]);
      console.log(
        `Backup written to ${path.resolve(file)} (mode 0600). Keep it apart from the server, encrypted.` +
          (set.length
            ? `\nAlso keep, somewhere safe and not in this file, the values of: ${set.join(', ')}.`
            : ''),
      );
    } else {
      await restoreDatabase(url, file, config.pgBinDir);
      console.log(`Restored ${path.resolve(file)}. Start Spiegel against this database.`);
    }
  } finally {
    await stop?.();
  }
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'backup' || command === 'restore') return backupOrRestore(command, args[0]);
  const url = process.env.DATABASE_URL;
  if (!command || !url) {
    console.error(url ? usage : `DATABASE_URL is not set.\n${usage}`);
    process.exit(2);
  }
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    switch (command) {
      case 'migrate': {
        const ran = await ds.runMigrations({ transaction: 'each' });
        console.log(`Migrations: ${ran.length} applied.`);
        break;
      }
      case 'check': {
        await ds.runMigrations({ transaction: 'each' });
        const pending = await pendingSchemaChanges(ds);
        if (pending.length > 0) {
          console.error(`The entities differ from the migrations. Missing:\n${pending.join(';\n')}`);
          process.exitCode = 1;
        } else {
          console.log('Migrations are up to date with the entities.');
        }
        break;
      }
      case 'generate': {
        const name = args[0];
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('generate needs a PascalCase name');
        const sql = await ds.driver.createSchemaBuilder().log();
        if (sql.upQueries.length === 0) {
          console.log('No changes.');
          break;
        }
        const ts = Date.now();
        const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
        const up = sql.upQueries.map((q) => `    await q.query(\`${esc(q.query)}\`);`).join('\n');
        const down = sql.downQueries
          .reverse()
          .map((q) => `    await q.query(\`${esc(q.query)}\`);`)
          .join('\n');
        const file = path.join(
          path.dirname(fileURLToPath(import.meta.url)),
          'migrations',
          `${ts}-${name}.ts`,
        );
        writeFileSync(
          file,
          `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  async up(q: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
        );
        console.log(`Wrote ${file}; add it to migrations/index.ts.`);
        break;
      }
      case 'audit:verify': {
        const reports = await new AuditRepository(ds).verify(args[0]);
        for (const r of reports) {
          const chain =
            r.chainKey === 'platform' ? 'platform (unknown log-in names)' : `organisation ${r.chainKey}`;
          if (r.broken) {
            console.error(
              `BROKEN ${chain}: ${r.broken.entryId ? `entry ${r.broken.entryId}` : 'the end of the chain'}: ${r.broken.reason}`,
            );
            process.exitCode = 1;
          } else {
            console.log(
              `ok ${chain}: ${r.entries} entries from anchor ${r.anchorHash ? r.anchorHash.slice(0, 16) : '(start)'} to head ${r.headHash.slice(0, 16) || '(empty)'}`,
            );
          }
        }
        if (reports.length === 0) console.log('The access log is empty.');
        break;
      }
      case 'create-organisation': {
        const [name, login, pseudonym] = args;
        const password = process.env.ADMIN_PASSWORD;
        if (!name || !login || !pseudonym || !password) {
          throw new Error(
            'create-organisation needs <name> <admin-login> <admin-pseudonym> and ADMIN_PASSWORD',
          );
        }
        const result = await createOrganisationWithAdmin(ds, {
          name,
          adminLogin: login,
          adminDisplayName: pseudonym,
          adminPassword: password,
        });
        console.log(
          `Organisation "${name}" created (${result.organisationId}); admin "${login}" can log in.`,
        );
        break;
      }
      default:
        console.error(usage);
        process.exitCode = 2;
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
