import { dropDatabasesWithPrefix } from '../../../../scripts/test-database.mjs';

export default async function globalTeardown() {
  const serverUrl = process.env.SPIEGEL_TEST_SERVER_URL;
  const run = process.env.SPIEGEL_TEST_RUN;
  if (serverUrl && run) await dropDatabasesWithPrefix(serverUrl, run);
  await globalThis.__spiegelTestServer?.stop();
}
