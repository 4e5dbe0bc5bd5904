// Plain ESM: jest loads global setup outside its module mapping. Finds the PostgreSQL server for
// this run; the workers build the migrated template and their own databases (worker-database.ts).
import { dropStaleDatabases, resolveTestServer } from '../../../../scripts/test-database.mjs';

export default async function globalSetup() {
  const server = await resolveTestServer();
  await dropStaleDatabases(server.url, 'spiegel_t_p');
  process.env.SPIEGEL_TEST_SERVER_URL = server.url;
  process.env.SPIEGEL_TEST_RUN = `spiegel_t_p${process.pid}_`;
  globalThis.__spiegelTestServer = server;
}
