import 'reflect-metadata';
import pg from 'pg';
import { createDataSource } from '../../src/database/data-source.js';

/**
 * Runs before every test file: gives this jest worker its own database, cloned from a template that
 * the first worker builds by running the migrations (an advisory lock makes the others wait).
 * Test files in one worker share the database and reset it between tests.
 */
const serverUrl = process.env.SPIEGEL_TEST_SERVER_URL;
const run = process.env.SPIEGEL_TEST_RUN;
if (!serverUrl || !run)
  throw new Error('Run the API tests through jest: its global setup finds the database server.');

const withDb = (name: string): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};
const template = `${run}tpl`;
const mine = `${run}w${process.env.JEST_WORKER_ID ?? '1'}`;
process.env.SPIEGEL_TEST_DB_URL = withDb(mine);

const exists = async (c: pg.Client, name: string) =>
  ((await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0;

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
try {
  if (!(await exists(admin, mine))) {
    await admin.query('SELECT pg_advisory_lock(7301202)');
    try {
      if (!(await exists(admin, template))) {
        await admin.query(`CREATE DATABASE "${template}"`);
        const ds = createDataSource(withDb(template));
        await ds.initialize();
        await ds.runMigrations({ transaction: 'each' });
        await ds.destroy();
      }
      await admin.query(`CREATE DATABASE "${mine}" TEMPLATE "${template}"`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(7301202)');
    }
  }
} finally {
  await admin.end();
}
