// bench:data — data at scale. Generates an organisation (10,000 members, 500 rooms, trajecten, alumni) with
// 100k and with 1M contributions over 18 months, and measures the real API over HTTP (and socket.io for
// catch-up) on each: history pages, catch-up after 500 missed, the facilitator dashboard, the evaluation
// report and the zwart-gat job. Baseline: SELECT count(*) over contributions, in the same run.
//   pnpm bench:data [--sizes 100000,1000000] [--iterations 30] [--rounds 3] [--keep] [--reuse <database>]
// Each size is measured in --rounds rounds (one API process); a figure is the median over the rounds.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { CatchUpResult } from '@spiegel/domain';
import { io, type Socket } from 'socket.io-client';
import { type Generated, generate } from './data/generate.js';
import { login } from './lib/accounts.js';
import { benchServer, freshDatabase, stopBenchServer, withClient } from './lib/database.js';
import { describeMachine, waitUntilQuiet } from './lib/machine.js';
import { commandLine, log, report, target } from './lib/output.js';
import { assertBuilt, type Child, startApi } from './lib/processes.js';
import { medianOfRuns, ratio, round, summarize, type LatencySummary } from './lib/stats.js';
import { databaseUrl } from '../../../scripts/test-database.mjs';

const { values: a } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    members: { type: 'string', default: '10000' },
    rooms: { type: 'string', default: '500' },
    months: { type: 'string', default: '18' },
    iterations: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string', multiple: true },
    'quiet-wait': { type: 'string', default: '20' },
  },
});
const iterations = Number(a.iterations);
const rounds = Math.max(1, Number(a.rounds));

type Timed = LatencySummary & { p50: number; p95: number };

/** Runs `fn` a few times to warm up, then `n` times in a row; client-observed milliseconds. */
async function time(n: number, fn: () => Promise<unknown>, warmup = 3): Promise<Timed> {
  for (let i = 0; i < warmup; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return summarize(ms);
}

async function getJson(url: string, cookie: string): Promise<unknown> {
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

function connect(url: string, cookie: string): Promise<Socket> {
  const s = io(url, {
    transports: ['websocket'],
    extraHeaders: { cookie },
    forceNew: true,
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    s.once('session:ready', () => resolve(s));
    s.once('connect_error', reject);
  });
}

/** The web app's catch-up: ask for 100 after the last seen seq while the server says there is more. */
async function catchUp(socket: Socket, roomId: string, afterSeq: number): Promise<number> {
  let after = afterSeq;
  let received = 0;
  for (let round = 0; round < 100; round++) {
    const ack = (await socket
      .timeout(15_000)
      .emitWithAck('catchup', { rooms: [{ roomId, afterSeq: after }], limit: 100 })) as
      { ok: true; data: CatchUpResult } | { ok: false; error: { code: string } };
    if (!ack.ok) throw new Error(`catchup: ${ack.error.code}`);
    const room = ack.data.rooms[0]!;
    received += room.items.length;
    after = room.lastSeq;
    if (!room.hasMore) break;
  }
  return received;
}

interface SizeFigures {
  contributions: number;
  generated: Omit<Generated, 'organisationId'>;
  historyLatest: Timed;
  historyDeep: Timed & { beforeSeq: number };
  catchUp500: Timed & { items: number };
  dashboard: Timed & { members: number; contributionsInRoom: number };
  report: Timed & { trajecten: number };
  /** The organisation report with no stored figures (each request after emptying report_traject_facts). */
  reportCold: Timed;
  reportOneTraject: Timed;
  zwartGat: Timed & { computed: number };
  baselineCount: Timed;
  apiRssMiB: number | null;
}

async function measure(
  api: Child,
  url: string,
  g: Generated,
): Promise<Omit<SizeFigures, 'contributions' | 'generated'>> {
  const base = api.url;
  const admin = await login(base, g.adminLogin);
  const facilitator = await login(base, g.group.facilitatorLogin);
  const member = await login(base, g.bigRoom.memberLogin);
  const socket = await connect(base, member.cookie);
  try {
    const n = iterations;
    const heavy = Math.max(5, Math.round(n / 2));
    const room = g.bigRoom;
    log('history (latest 50)');
    const historyLatest = await time(n, () =>
      getJson(`${base}/api/rooms/${room.id}/contributions?limit=50`, member.cookie),
    );
    // "Deep in the past": 2 % into the room's history (the big room holds 5 % of all contributions).
    const beforeSeq = Math.max(51, Math.round(room.lastSeq * 0.02));
    log(`history (50 before seq ${beforeSeq} of ${room.lastSeq})`);
    const historyDeep = await time(n, () =>
      getJson(`${base}/api/rooms/${room.id}/contributions?limit=50&before=${beforeSeq}`, member.cookie),
    );
    log('catch-up after 500 missed');
    let items = 0;
    const catchUp500 = await time(n, async () => {
      items = await catchUp(socket, room.id, room.lastSeq - 500);
    });
    log('facilitator dashboard');
    let members = 0;
    const dashboard = await time(n, async () => {
      const d = (await getJson(
        `${base}/api/insight/rooms/${g.group.roomId}/dashboard`,
        facilitator.cookie,
      )) as {
        members: unknown[];
      };
      members = d.members.length;
    });
    log('evaluation report (organisation)');
    let trajecten = 0;
    const reportOrg = await time(heavy, async () => {
      const r = (await getJson(`${base}/api/insight/report`, admin.cookie)) as { trajectCount: number };
      trajecten = r.trajectCount;
    });
    log('evaluation report (organisation, no stored figures)');
    const reportCold = await withClient(url, async (c) => {
      // An older build (BENCH_API_MAIN) has no stored figures: then every request is cold.
      const stored = (await c.query(`SELECT to_regclass('report_traject_facts') IS NOT NULL AS t`)).rows[0].t;
      return time(
        Math.max(3, Math.round(heavy / 2)),
        async () => {
          if (stored) await c.query('DELETE FROM report_traject_facts');
          await getJson(`${base}/api/insight/report`, admin.cookie);
        },
        1,
      );
    });
    log('evaluation report (one traject)');
    const reportOne = await time(n, () =>
      getJson(`${base}/api/insight/report?trajectId=${g.group.trajectId}`, admin.cookie),
    );
    log('zwart-gat job (POST /api/nazorg/run)');
    let computed = 0;
    const zwartGat = await time(
      Math.max(3, Math.round(n / 6)),
      async () => {
        const res = await fetch(`${base}/api/nazorg/run`, {
          method: 'POST',
          headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, origin: base },
        });
        if (!res.ok) throw new Error(`nazorg/run: ${res.status} ${await res.text()}`);
        computed = ((await res.json()) as { computed: number }).computed;
      },
      1,
    );
    log('baseline: SELECT count(*) FROM contributions');
    const baselineCount = await withClient(url, (c) =>
      time(n, () => c.query('SELECT count(*) FROM contributions')),
    );
    return {
      historyLatest,
      historyDeep: { ...historyDeep, beforeSeq },
      catchUp500: { ...catchUp500, items },
      dashboard: { ...dashboard, members, contributionsInRoom: g.group.contributions },
      report: { ...reportOrg, trajecten },
      reportCold,
      reportOneTraject: reportOne,
      zwartGat: { ...zwartGat, computed },
      baselineCount,
      apiRssMiB: api.rss(),
    };
  } finally {
    socket.disconnect();
  }
}

/** The rounds as one set of figures: each figure is the median over the rounds, each round's p50/p95 kept. */
function combineRounds(runs: Awaited<ReturnType<typeof measure>>[]): Awaited<ReturnType<typeof measure>> {
  const combined = medianOfRuns(runs);
  for (const key of TIMINGS) {
    (combined[key] as Timed & { runs?: unknown }).runs = runs.map((r) => ({
      p50: r[key].p50,
      p95: r[key].p95,
    }));
  }
  return combined;
}

/** What is measured per size (the baseline aside), in the order it is reported. */
const MEASURED = [
  'historyLatest',
  'historyDeep',
  'catchUp500',
  'dashboard',
  'report',
  'reportCold',
  'reportOneTraject',
  'zwartGat',
] as const;
const TIMINGS = [...MEASURED, 'baselineCount'] as const;

async function sizeRun(size: number, reuse: string | undefined): Promise<SizeFigures> {
  let url: string;
  let drop = async () => undefined as unknown;
  let g: Generated;
  if (reuse) {
    url = databaseUrl((await benchServer()).url, reuse);
    g = await withClient(
      url,
      async (c) => (await c.query('SELECT meta FROM bench_meta')).rows[0].meta as Generated,
    );
  } else {
    const db = await freshDatabase(`data${size >= 1e6 ? `${size / 1e6}m` : `${size / 1e3}k`}`);
    url = db.url;
    drop = db.drop;
    log(`generating ${size.toLocaleString('en')} contributions into ${db.name}`);
    g = await withClient(db.url, (c) =>
      generate(c, {
        contributions: size,
        members: Number(a.members),
        rooms: Number(a.rooms),
        months: Number(a.months),
        now: new Date(),
      }),
    );
    await withClient(db.url, async (c) => {
      await c.query('CREATE TABLE bench_meta (meta jsonb)');
      await c.query('INSERT INTO bench_meta VALUES ($1)', [JSON.stringify(g)]);
    });
    log(`generated in ${g.seconds} s: ${JSON.stringify(g.counts)}`);
  }
  try {
    const api = await startApi({ databaseUrl: url });
    try {
      const { organisationId: _o, ...generated } = g;
      const runs: Awaited<ReturnType<typeof measure>>[] = [];
      for (let r = 1; r <= rounds; r++) {
        log(`${size.toLocaleString('en')}: round ${r} of ${rounds}`);
        runs.push(await measure(api, url, g));
      }
      return { contributions: size, generated, ...combineRounds(runs) };
    } finally {
      await api.stop();
    }
  } finally {
    if (reuse) log(`kept database ${reuse}`);
    else if (a.keep) {
      // Out of the spiegel_bench_ prefix, or the next run would drop it as left behind.
      const kept = `spiegelkeep_${size >= 1e6 ? `${size / 1e6}m` : `${size / 1e3}k`}_${Date.now().toString(36)}`;
      await withClient((await benchServer()).url, (c) =>
        c.query(`ALTER DATABASE "${new URL(url).pathname.slice(1)}" RENAME TO "${kept}"`),
      );
      log(`kept database ${kept} (reuse with --reuse ${kept}; drop it when done)`);
    } else await drop();
  }
}

async function main(): Promise<void> {
  assertBuilt();
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const quiet = await waitUntilQuiet(Number(a['quiet-wait']));
  const sizes = a.sizes.split(',').map(Number);
  const results: SizeFigures[] = [];
  try {
    for (const [i, size] of sizes.entries()) results.push(await sizeRun(size, a.reuse?.[i]));
  } finally {
    await stopBenchServer();
  }
  const small = results[0]!;
  const large = results[results.length - 1]!;
  const keys = MEASURED;
  const growth = Object.fromEntries(keys.map((k) => [k, ratio(large[k].p95, small[k].p95)]));
  const vsCount = Object.fromEntries(keys.map((k) => [k, ratio(large[k].p95, large.baselineCount.p95)]));
  const line = (r: SizeFigures) =>
    `${r.contributions.toLocaleString('en')}: history ${r.historyLatest.p50}/${r.historyLatest.p95} ms, deep ${r.historyDeep.p50}/${r.historyDeep.p95}, catch-up 500 ${r.catchUp500.p50}/${r.catchUp500.p95}, dashboard ${r.dashboard.p50}/${r.dashboard.p95}, report ${r.report.p50}/${r.report.p95} (no stored figures ${r.reportCold.p50}/${r.reportCold.p95}), one traject ${r.reportOneTraject.p50}/${r.reportOneTraject.p95}, zwart-gat ${r.zwartGat.p50}/${r.zwartGat.p95} (${r.zwartGat.computed} alumni), count(*) ${r.baselineCount.p50}/${r.baselineCount.p95}`;
  report(
    {
      name: 'data',
      command: `pnpm bench:data ${commandLine().split(' ').slice(1).join(' ')}`.trim(),
      machine: describeMachine(),
      quiet,
      parameters: {
        sizes,
        members: Number(a.members),
        rooms: Number(a.rooms),
        months: Number(a.months),
        iterations,
        rounds,
      },
      figures: Object.fromEntries(results.map((r) => [String(r.contributions), r])),
      baseline: Object.fromEntries(
        results.map((r) => [String(r.contributions), { selectCount: r.baselineCount }]),
      ),
      ratios: {
        ...Object.fromEntries(Object.entries(growth).map(([k, v]) => [`growth.${k}`, v])),
        ...Object.fromEntries(Object.entries(vsCount).map(([k, v]) => [`vsCount.${k}`, v])),
      },
      targets: [
        target('history page (latest 50) p95 ≤ 10 ms', large.historyLatest.p95, (v) => v <= 10),
        target('history page (deep) p95 ≤ 10 ms', large.historyDeep.p95, (v) => v <= 10),
        target('dashboard p95 ≤ 100 ms', large.dashboard.p95, (v) => v <= 100),
        target('report (organisation) p95 ≤ 100 ms', large.report.p95, (v) => v <= 100),
        ...keys.map((k) =>
          target(
            `${k}: ${small.contributions / 1000}k → ${large.contributions / 1000}k costs ≤ 1.5×`,
            growth[k],
            (v) => v <= 1.5,
          ),
        ),
      ],
      notes: [
        'Client-observed over HTTP on loopback (socket.io for catch-up), sequential requests, after 3 warm-up requests.',
        `Each size measured in ${rounds} rounds against one API process; every figure is the median over the rounds (each round's p50/p95 under runs).`,
        'Catch-up: the web app’s loop (100 per request) from 500 behind in the largest room: 5 requests.',
        'report: the organisation report reads the stored figures of ended trajecten (report_traject_facts) and computes the running ones; reportCold empties the stored figures before each request, so it computes all of them.',
        'zwart-gat: POST /api/nazorg/run (trajecten due, the zwart-gat job for the organisation, retention).',
      ],
      startedAt,
      seconds: round((performance.now() - t0) / 1000, 0),
    },
    [...results.map(line), `growth p95 (large/small): ${JSON.stringify(growth)}`],
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
