import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { apiMain, assertBuildsExist, repoRoot } from './paths';

interface TestServer {
  url: string;
  kind: string;
  stop: () => Promise<void>;
}

/** The shape of scripts/test-database.mjs (plain JS, shared with the API's tests). */
interface TestDatabaseModule {
  resolveTestServer(): Promise<TestServer>;
  createDatabase(serverUrl: string, name: string): Promise<string>;
  dropDatabase(serverUrl: string, name: string): Promise<void>;
  dropStaleDatabases(serverUrl: string, prefix: string): Promise<void>;
}

export interface RunningApp {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** What the API printed so far (for failure messages). */
  output: () => string;
  /**
   * Stops the API process (SIGTERM, as a deployment would), runs `whileDown` if given, then starts it
   * again on the same port and database and waits until it is healthy. Browsers keep their pages.
   */
  restart: (whileDown?: () => Promise<void>) => Promise<void>;
  stop: () => Promise<void>;
}

const DATABASE_PREFIX = 'spiegel_e2e_';
let databaseCount = 0;

async function loadTestDatabase(): Promise<TestDatabaseModule> {
  // A variable path keeps TypeScript from looking for types of the .mjs file; the interface above has them.
  const file = path.join(repoRoot, 'scripts/test-database.mjs');
  return (await import(file)) as TestDatabaseModule;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `The API stopped before it was ready (exit ${child.exitCode ?? child.signalCode}):\n${output()}`,
      );
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The API did not answer /api/health within 90 s:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the real, built app (API + web on one port) on a fresh database with the demo seed.
 * One per journey file; `stop()` ends the process and drops the database.
 */
export async function startServer(): Promise<RunningApp> {
  assertBuildsExist();
  const db = await loadTestDatabase();
  const pg = await db.resolveTestServer();
  await db.dropStaleDatabases(pg.url, DATABASE_PREFIX);
  databaseCount += 1;
  const name = `${DATABASE_PREFIX}p${process.pid}_${databaseCount}`;
  const databaseUrl = await db.createDatabase(pg.url, name);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  const output = () => log;
  const spawnApi = (): ChildProcess => {
    const started = spawn(process.execPath, [apiMain], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'production',
        // Production refuses to start without a key for second-factor secrets; a fixed one for this throw-away database.
        TOTP_ENCRYPTION_KEY: '5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e',
        DATABASE_URL: databaseUrl,
        SEED_DEMO: '1',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_ORIGIN: baseUrl,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.stdout?.on('data', collect);
    started.stderr?.on('data', collect);
    return started;
  };
  let child = spawnApi();

  const cleanup = async () => {
    await stopProcess(child);
    await db.dropDatabase(pg.url, name).catch(() => undefined);
    await pg.stop();
  };

  const restart = async (whileDown?: () => Promise<void>) => {
    await stopProcess(child);
    await whileDown?.();
    child = spawnApi();
    await waitForHealth(baseUrl, child, output);
  };

  try {
    await waitForHealth(baseUrl, child, output);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { baseUrl, output, restart, stop: cleanup };
}
