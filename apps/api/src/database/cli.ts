import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDataSource } from './data-source.js';
import { pendingSchemaChanges } from './schema-drift.js';
import { createOrganisationWithAdmin } from '../modules/organisations/create-organisation.js';

const usage = `Usage:
  spiegel-cli migrate                         run pending migrations (DATABASE_URL)
  spiegel-cli check                           fail when the entities need a migration that does not exist
  spiegel-cli generate <Name>                 write a migration for the difference (development)
  spiegel-cli create-organisation <name> <admin-login> <admin-pseudonym>
                                              create an organisation and its first admin; the password
                                              is read from ADMIN_PASSWORD`;

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
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
