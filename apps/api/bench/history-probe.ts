// bench:history-probe — what one history request costs, in figures that do not depend on the machine's load:
// the API's CPU per request (/proc of the API process), PostgreSQL's CPU per request (/proc of the database's
// backends), statements per request (pg_stat_database.xact_commit: each autocommit statement is one
// transaction and one round trip) and bytes per answer; client-observed p50/p95 beside them for reference.
//   pnpm bench:history-probe --reuse <database from pnpm bench:data --keep> [--requests 600] [--deep]
// BENCH_API_MAIN picks another build (before/after pairs); BENCH_API_NODE_ARGS='--cpu-prof …' profiles it.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import type { Generated } from './data/generate.js';
import { login } from './lib/accounts.js';
import { benchServer, stopBenchServer, withClient } from './lib/database.js';
import { cpuSeconds } from './lib/machine.js';
import { assertBuilt, sleep, startApi } from './lib/processes.js';
import { summarize } from './lib/stats.js';
import { databaseUrl } from '../../../scripts/test-database.mjs';

const { values: a } = parseArgs({
  options: {
    reuse: { type: 'string' },
    requests: { type: 'string', default: '600' },
    deep: { type: 'boolean', default: false },
    warmup: { type: 'string', default: '200' },
  },
});
if (!a.reuse) {
  console.error('--reuse <database> is required (make one with pnpm bench:data --keep)');
  process.exit(2);
}

/** CPU seconds of this database's client backends (not autovacuum), and its committed transactions so far. */
async function databaseCounters(c: pg.Client, name: string): Promise<{ cpu: number; xacts: number }> {
  await c.query('SELECT pg_stat_clear_snapshot()');
  const pids = (
    await c.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()",
      [name],
    )
  ).rows;
  const [x] = (
    await c.query<{ xacts: string }>('SELECT xact_commit AS xacts FROM pg_stat_database WHERE datname = $1', [
      name,
    ])
  ).rows;
  return {
    cpu: pids.reduce((s, p) => s + (cpuSeconds(p.pid) ?? 0), 0),
    xacts: Number(x?.xacts ?? 0),
  };
}

async function main(): Promise<void> {
  assertBuilt();
  const name = a.reuse!;
  const url = databaseUrl((await benchServer()).url, name);
  const g = await withClient(
    url,
    async (c) => (await c.query('SELECT meta FROM bench_meta')).rows[0].meta as Generated,
  );
  const api = await startApi({ databaseUrl: url });
  try {
    const member = await login(api.url, g.bigRoom.memberLogin);
    const before = a.deep ? `&before=${Math.max(51, Math.round(g.bigRoom.lastSeq * 0.02))}` : '';
    const target = `${api.url}/api/rooms/${g.bigRoom.id}/contributions?limit=50${before}`;
    let bytes = 0;
    const one = async () => {
      const res = await fetch(target, { headers: { cookie: member.cookie } });
      if (!res.ok) throw new Error(`GET history: ${res.status}`);
      bytes = (await res.arrayBuffer()).byteLength;
    };
    for (let i = 0; i < Number(a.warmup); i++) await one();
    const n = Number(a.requests);
    await withClient(url, async (c) => {
      await sleep(1500); // backends report their statistics at most once a second
      const db0 = await databaseCounters(c, name);
      const api0 = api.cpu() ?? 0;
      const t0 = performance.now();
      // The monotonic clock in µs, as a CPU profile's timestamps: the measured window within a profile.
      const t0us = process.hrtime.bigint() / 1000n;
      const ms: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await one();
        ms.push(performance.now() - t);
      }
      const api1 = api.cpu() ?? 0;
      const window = [t0us, process.hrtime.bigint() / 1000n].map(String);
      const seconds = (performance.now() - t0) / 1000;
      await sleep(1500);
      const db1 = await databaseCounters(c, name);
      // The API's own background work (polling jobs) commits too: its rate, measured while no request runs.
      await sleep(5000);
      const db2 = await databaseCounters(c, name);
      // This client's own snapshot and counter queries commit 3 transactions between two readings.
      const background = ((db2.xacts - db1.xacts - 3) / 5) * (seconds + 1.5);
      const statements = (db1.xacts - db0.xacts - 3 - background) / n;
      const s = summarize(ms);
      console.log(
        JSON.stringify({
          page: a.deep ? 'deep' : 'latest',
          requests: n,
          apiCpuMsPerRequest: Math.round(((api1 - api0) / n) * 1e5) / 100,
          postgresCpuMsPerRequest: Math.round(((db1.cpu - db0.cpu) / n) * 1e5) / 100,
          statementsPerRequest: Math.round(statements * 100) / 100,
          bytesPerAnswer: bytes,
          p50: s.p50,
          p95: s.p95,
          max: s.max,
          window,
        }),
      );
    });
  } finally {
    await api.stop();
    await stopBenchServer();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
