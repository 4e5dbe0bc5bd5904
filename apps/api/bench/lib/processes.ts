import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuSeconds, rssMiB } from './machine.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
/** The built API; BENCH_API_MAIN points at another build (e.g. of an older commit, for before/after figures). */
export const API_MAIN = process.env.BENCH_API_MAIN ?? path.join(ROOT, 'apps/api/dist/main.js');
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/**
 * Extra node flags for the API processes, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the API
 * under a benchmark's load (the profile is written when the API stops).
 */
const API_NODE_ARGS = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function assertBuilt(): void {
  if (!existsSync(API_MAIN)) {
    console.error(`${API_MAIN} is missing: run \`pnpm build\` first (\`pnpm bench\` does).`);
    process.exit(2);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** A child process on loopback with its memory and CPU readable from /proc. */
export class Child {
  private exited: Promise<void>;
  constructor(
    readonly proc: ChildProcess,
    readonly url: string,
  ) {
    this.exited = new Promise((r) => proc.once('exit', () => r()));
  }
  get pid(): number {
    return this.proc.pid!;
  }
  rss(): number | null {
    return rssMiB(this.pid);
  }
  cpu(): number | null {
    return cpuSeconds(this.pid);
  }
  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.proc.kill('SIGTERM');
    const timeout = sleep(8000).then(() => 'timeout');
    if ((await Promise.race([this.exited.then(() => 'exited'), timeout])) === 'timeout') {
      this.proc.kill('SIGKILL');
      await this.exited;
    }
  }
}

// Up to 3 minutes: on the shared two-core machine at a load average near 30 the API's start (migrations,
// the demo seed) took longer than 60 s.
async function waitHealthy(child: Child, healthPath: string, seconds = 180): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (!child.alive) throw new Error(`process on ${child.url} exited during start-up`);
    try {
      if ((await fetch(`${child.url}${healthPath}`)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  await child.stop();
  throw new Error(`process on ${child.url} did not become healthy in ${seconds} s`);
}

export interface ApiOptions {
  databaseUrl: string;
  redis?: boolean;
  jobs?: boolean;
  env?: Record<string, string>;
}

/** The built API (`apps/api/dist/main.js`), as in production, on a free loopback port. */
export async function startApi(options: ApiOptions): Promise<Child> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { NODE_OPTIONS: _ignored, REDIS_URL: _redis, ...inherited } = process.env;
  const proc = spawn(process.execPath, [...API_NODE_ARGS, API_MAIN], {
    env: {
      ...inherited,
      DATABASE_URL: options.databaseUrl,
      ...(options.redis ? { REDIS_URL } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_ORIGIN: url,
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
      // Production refuses to start without a key for second-factor secrets; a fixed one for this throw-away database.
      TOTP_ENCRYPTION_KEY: '5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e',
      JOBS: options.jobs ? 'on' : 'off',
      // Benchmarks send far faster than a person may: the flood limits would only measure themselves.
      SEND_LIMIT_PER_USER: '1000000',
      SEND_LIMIT_PER_ROOM: '1000000',
      SEED_DEMO: '0',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const child = new Child(proc, url);
  await waitHealthy(child, '/api/health');
  return child;
}

/**
 * Several API instances at once; when one fails to start, the ones that did are stopped before the error is
 * thrown (no instance is left running behind a failed benchmark).
 */
export async function startApis(count: number, options: ApiOptions): Promise<Child[]> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => startApi(options)));
  const children = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(children.map((c) => c.stop()));
    throw failed.reason;
  }
  return children;
}

/** The bare socket.io relay (no auth, no database): the chat benchmark's baseline. */
export async function startRelay(): Promise<Child> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { NODE_OPTIONS: _ignored, ...inherited } = process.env;
  // Plain JavaScript, started by node itself: no TypeScript loader in its memory figures.
  const script = path.join(ROOT, 'apps/api/bench/chat/relay-server.mjs');
  const proc = spawn(process.execPath, [script], {
    env: { ...inherited, RELAY_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const child = new Child(proc, url);
  await waitHealthy(child, '/health');
  return child;
}
