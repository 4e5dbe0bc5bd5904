// bench:chat — real-time fan-out. A swarm of socket.io clients in rooms of ten, against the built API
// (cookie sessions, persisted before broadcast) and against a bare socket.io relay on the same machine.
//   pnpm bench:chat [--clients 1000] [--rate 100] [--seconds 30] [--runs 3] [--idle 10000]
//                   [--instances 2] [--no-sweep] [--max-rate 12000] [--step-seconds 8] [--quiet-wait 20]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  type IdleFigures,
  idle,
  type SteadyFigures,
  steady,
  sweep,
  type SweepFigures,
} from './chat/scenarios.js';
import { type ChatMember, seedChat } from './chat/seed.js';
import { login } from './lib/accounts.js';
import { freshDatabase, stopBenchServer, withClient } from './lib/database.js';
import { describeMachine, waitUntilQuiet } from './lib/machine.js';
import { commandLine, log, report, target } from './lib/output.js';
import { assertBuilt, type Child, startApi, startApis, startRelay } from './lib/processes.js';
import { ratio, round } from './lib/stats.js';

const { values: a } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '30' },
    runs: { type: 'string', default: '3' },
    idle: { type: 'string', default: '10000' },
    instances: { type: 'string', default: '1' },
    adapter: { type: 'string', default: 'redis' },
    'no-sweep': { type: 'boolean', default: false },
    /** For development: which parts to run (steady, sweep, idle, multi). */
    only: { type: 'string', default: 'steady,sweep,idle,multi' },
    'max-rate': { type: 'string', default: '12000' },
    'step-seconds': { type: 'string', default: '8' },
    'quiet-wait': { type: 'string', default: '20' },
  },
});
const clients = Number(a.clients);
const rate = Number(a.rate);
const seconds = Number(a.seconds);
const runs = Number(a.runs);
const idleCount = Number(a.idle);
const instances = Number(a.instances);
/** Production runs on Redis (docker-compose.yml); without REDIS_URL the API falls back to PostgreSQL. */
const redis = a.adapter !== 'postgres';
const parts = new Set(a.only.split(','));
const doSweep = !a['no-sweep'] && parts.has('sweep');
const maxRate = Number(a['max-rate']);
const stepSeconds = Number(a['step-seconds']);

async function withProcess<T>(start: () => Promise<Child[]>, fn: (c: Child[]) => Promise<T>): Promise<T> {
  const children = await start();
  try {
    return await fn(children);
  } finally {
    await Promise.all(children.map((c) => c.stop()));
  }
}

async function main(): Promise<void> {
  assertBuilt();
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const quiet = await waitUntilQuiet(Number(a['quiet-wait']));
  const db = await freshDatabase('chat');
  try {
    const population = Math.max(clients, idleCount);
    log(`seeding ${population} members in rooms of 10`);
    const members: ChatMember[] = await withClient(db.url, (c) => seedChat(c, population));
    const relay = () => startRelay().then((c) => [c]);
    const api = () =>
      startApi({ databaseUrl: db.url, redis, env: { LOGIN_MAX_ATTEMPTS: '100000' } }).then((c) => [c]);

    // A few members log in over HTTP for real and use those cookies; the rest use minted sessions.
    await withProcess(api, async ([c]) => {
      for (const m of members.slice(0, Math.min(20, clients))) m.token = (await login(c!.url, m.login)).token;
    });

    const load = { clients, rate, seconds, runs };
    let relaySteady: SteadyFigures | null = null;
    let apiSteady: SteadyFigures | null = null;
    if (parts.has('steady')) {
      log(`relay: ${clients} clients, ${rate} msg/s, ${runs} × ${seconds} s`);
      relaySteady = await withProcess(relay, (c) => steady(members, { kind: 'relay', instances: c }, load));
      log(`api: ${clients} clients, ${rate} msg/s, ${runs} × ${seconds} s`);
      apiSteady = await withProcess(api, (c) => steady(members, { kind: 'api', instances: c }, load));
    }

    let relaySweep: SweepFigures | null = null;
    let apiSweep: SweepFigures | null = null;
    if (doSweep) {
      const s = { clients, startRate: rate, maxRate, stepSeconds };
      relaySweep = await withProcess(relay, (c) => sweep(members, { kind: 'relay', instances: c }, s));
      apiSweep = await withProcess(api, (c) => sweep(members, { kind: 'api', instances: c }, s));
    }

    let relayIdle: IdleFigures | null = null;
    let apiIdle: IdleFigures | null = null;
    if (idleCount > 0 && parts.has('idle')) {
      relayIdle = await withProcess(relay, (c) => idle(members, { kind: 'relay', instances: c }, idleCount));
      apiIdle = await withProcess(api, (c) => idle(members, { kind: 'api', instances: c }, idleCount));
      log(`idle ${idleCount}: relay ${relayIdle.rssMiB} MiB, api ${apiIdle.rssMiB} MiB`);
    }

    let multi: SteadyFigures | null = null;
    if (instances > 1 && parts.has('multi')) {
      log(`api × ${instances} on Redis: ${clients} clients, ${rate} msg/s`);
      const many = () => startApis(instances, { databaseUrl: db.url, redis: true });
      multi = await withProcess(many, (c) => steady(members, { kind: 'api', instances: c }, load));
    }

    const r = relaySteady?.median;
    const f = apiSteady?.median;
    const extraCross =
      multi?.median.crossInstanceMs && multi.median.sameInstanceMs
        ? round(multi.median.crossInstanceMs.p99 - multi.median.sameInstanceMs.p99)
        : null;
    report(
      {
        name: 'chat',
        command: `pnpm bench:chat ${commandLine().split(' ').slice(1).join(' ')}`.trim(),
        machine: describeMachine(),
        quiet,
        parameters: {
          clients,
          roomSize: 10,
          ratePerSecond: rate,
          seconds,
          runs,
          idle: idleCount,
          instances,
          adapter: redis ? 'redis' : 'postgres',
        },
        figures: {
          steady: apiSteady,
          saturation: apiSweep,
          idle: apiIdle,
          ...(multi
            ? {
                multiInstance: { instances, adapter: 'redis', ...multi, extraCrossInstanceP99Ms: extraCross },
              }
            : {}),
        },
        baseline: { steady: relaySteady, saturation: relaySweep, idle: relayIdle },
        ratios: {
          p50: ratio(f?.latencyMs.p50, r?.latencyMs.p50),
          p99: ratio(f?.latencyMs.p99, r?.latencyMs.p99),
          idleMemory: ratio(apiIdle?.rssMiB, relayIdle?.rssMiB),
          idlePerConnection: ratio(apiIdle?.perConnectionKiB, relayIdle?.perConnectionKiB),
          saturation: ratio(apiSweep?.saturationRate, relaySweep?.saturationRate),
        },
        targets: [
          target(`p99 ≤ 100 ms at ${clients} users / ${rate} msg/s`, f?.latencyMs.p99, (v) => v <= 100),
          target(`p50 ≤ 20 ms at ${clients} users / ${rate} msg/s`, f?.latencyMs.p50, (v) => v <= 20),
          target('zero lost', f?.lost, (v) => v === 0),
          target('zero duplicates', f?.duplicates, (v) => v === 0),
          target(
            'full-stack p99 ≤ 5× bare relay p99',
            ratio(f?.latencyMs.p99, r?.latencyMs.p99),
            (v) => v <= 5,
          ),
          target(
            `${idleCount} idle connections: memory ≤ 3× bare relay`,
            ratio(apiIdle?.rssMiB, relayIdle?.rssMiB),
            (v) => v <= 3 && (apiIdle?.connected ?? 0) === idleCount,
          ),
        ],
        notes: [
          'Latency: from the emit of contribution:send to contribution:new at each other member of the room, one clock (one process).',
          'Rooms of 10: one facilitator and nine participants; the facilitator receives the tagged view and the live session panel.',
          'Sessions: 20 members log in over HTTP; the rest use sessions minted in the database exactly as login stores them (argon2 for 10,000 log-ins would dominate).',
          'Load generator, API, PostgreSQL (and relay) share the same 2 cores: the relay baseline and the saturation points are bounded by that.',
        ],
        startedAt,
        seconds: round((performance.now() - t0) / 1000, 0),
      },
      [
        f && r
          ? `api   : p50 ${f.latencyMs.p50} / p95 ${f.latencyMs.p95} / p99 ${f.latencyMs.p99} ms, ${f.ackedPerSecond} msg/s → ${f.deliveriesPerSecond} deliveries/s, lost ${f.lost}, dup ${f.duplicates}, errors ${f.errors}, rss ${f.rssMiB} MiB, cpu ${f.cpuPercent}% (postgres ${f.postgresCpuPercent}%)`
          : 'steady: not measured',
        r
          ? `relay : p50 ${r.latencyMs.p50} / p95 ${r.latencyMs.p95} / p99 ${r.latencyMs.p99} ms, ${r.ackedPerSecond} msg/s, rss ${r.rssMiB} MiB`
          : '',
        apiSweep && relaySweep
          ? `saturation (p99 > 250 ms): api ${apiSweep.saturationRate} msg/s, relay ${relaySweep.saturationRate}${relaySweep.reachedCeiling ? '+ (ceiling)' : ''} msg/s`
          : 'saturation: not measured (--no-sweep)',
        apiIdle && relayIdle
          ? `idle ${idleCount}: api ${apiIdle.rssMiB} MiB (${apiIdle.connected} connected), relay ${relayIdle.rssMiB} MiB (${relayIdle.connected})`
          : 'idle: not measured',
        multi
          ? `${instances} instances (Redis): same-instance p99 ${multi.median.sameInstanceMs?.p99} ms, cross-instance p99 ${multi.median.crossInstanceMs?.p99} ms (+${extraCross} ms)`
          : 'multi-instance: not measured (--instances 2)',
      ],
    );
  } finally {
    await db.drop().catch(() => undefined);
    await stopBenchServer();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
