import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import {
  createDatabase,
  dropDatabase,
  dropStaleDatabases,
  resolveTestServer,
} from '../../../../scripts/test-database.mjs';
import { API_MAIN } from './processes.js';

const PREFIX = 'spiegel_bench_';

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

let server: Awaited<ReturnType<typeof resolveTestServer>> | undefined;

/** The PostgreSQL server benchmarks use: TEST_DATABASE_URL, else 127.0.0.1:5432, else an embedded one. */
export async function benchServer() {
  if (!server) {
    server = await resolveTestServer();
    // Databases of earlier runs that were killed before they could clean up.
    await dropStaleDatabases(server.url, PREFIX);
  }
  return server;
}

/** A fresh database named spiegel_bench_<label>_p<pid>_…, migrated with the built API's migrations. */
export async function freshDatabase(label: string): Promise<BenchDatabase> {
  const s = await benchServer();
  const name = `${PREFIX}${label}_p${process.pid}_${Date.now().toString(36)}`;
  const url = await createDatabase(s.url, name);
  const res = spawnSync(process.execPath, [path.join(path.dirname(API_MAIN), 'database/cli.js'), 'migrate'], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`migrations failed: ${res.stderr || res.stdout}`);
  return { name, url, drop: () => dropDatabase(s.url, name) };
}

export async function stopBenchServer(): Promise<void> {
  await server?.stop();
  server = undefined;
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
