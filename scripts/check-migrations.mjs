// CI check: run every migration on an empty database, then ask TypeORM what it would still need to
// change to match the entities. Anything at all means an entity changed without a migration.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, dropDatabase, resolveTestServer } from './test-database.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = await resolveTestServer();
const name = `spiegel_migcheck_p${process.pid}`;
let status;
try {
  const url = await createDatabase(server.url, name);
  const res = spawnSync(process.execPath, [path.join(root, 'apps/api/dist/database/cli.js'), 'check'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'inherit',
  });
  status = res.status ?? 1;
} finally {
  await dropDatabase(server.url, name).catch(() => undefined);
  await server.stop();
}
process.exit(status);
