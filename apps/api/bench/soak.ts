// bench:soak — the chat scenario held for a long time (10 minutes by default) against one API process,
// sampling its memory every 10 s; after a warm-up, a linear regression says whether memory keeps growing.
//   pnpm bench:soak [--minutes 10] [--clients 1000] [--rate 100] [--adapter redis|postgres] [--quiet-wait 20]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { seedChat } from './chat/seed.js';
import { Swarm } from './chat/swarm.js';
import { freshDatabase, stopBenchServer, withClient } from './lib/database.js';
import { describeMachine, waitUntilQuiet } from './lib/machine.js';
import { commandLine, log, report, target } from './lib/output.js';
import { assertBuilt, startApi } from './lib/processes.js';
import { linearRegression, round } from './lib/stats.js';

const { values: a } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    clients: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '100' },
    adapter: { type: 'string', default: 'redis' },
    'quiet-wait': { type: 'string', default: '20' },
  },
});
const minutes = Number(a.minutes);
const clients = Number(a.clients);
const rate = Number(a.rate);
const SAMPLE_SECONDS = 10;

async function main(): Promise<void> {
  assertBuilt();
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const quiet = await waitUntilQuiet(Number(a['quiet-wait']));
  const db = await freshDatabase('soak');
  try {
    const members = await withClient(db.url, (c) => seedChat(c, clients));
    const api = await startApi({ databaseUrl: db.url, redis: a.adapter !== 'postgres' });
    try {
      const swarm = new Swarm(members, { kind: 'api', instances: [api] });
      const c = await swarm.connect(clients);
      log(`soak: ${c.connected} clients, ${rate} msg/s for ${minutes} min; memory every ${SAMPLE_SECONDS} s`);
      const samples: { atSeconds: number; rssMiB: number }[] = [];
      const start = performance.now();
      let tick = 0;
      const f = await swarm.run({
        ratePerSecond: rate,
        seconds: minutes * 60,
        senders: c.connected,
        warmupSeconds: 0,
        onSample: () => {
          if (tick++ % SAMPLE_SECONDS !== 0) return;
          const rss = api.rss();
          if (rss === null) return;
          samples.push({ atSeconds: round((performance.now() - start) / 1000, 0), rssMiB: rss });
          if (samples.length % 6 === 0) log(`  ${samples.at(-1)!.atSeconds} s: ${rss} MiB`);
        },
      });
      await swarm.close();
      const warmup = Math.min(120, minutes * 60 * 0.25);
      const steady = samples.filter((s) => s.atSeconds >= warmup);
      const fit = linearRegression(
        steady.map((s) => s.atSeconds / 60),
        steady.map((s) => s.rssMiB),
      );
      const slope = round(fit.slope, 3);
      report(
        {
          name: 'soak',
          command: `pnpm bench:soak ${commandLine().split(' ').slice(1).join(' ')}`.trim(),
          machine: describeMachine(),
          quiet,
          parameters: {
            minutes,
            clients,
            ratePerSecond: rate,
            adapter: a.adapter,
            sampleSeconds: SAMPLE_SECONDS,
            warmupSeconds: warmup,
          },
          figures: {
            samples,
            slopeMiBPerMinute: slope,
            intercept: round(fit.intercept, 1),
            r2: round(fit.r2, 3),
            rssFirstMiB: samples[0]?.rssMiB ?? null,
            rssLastMiB: samples.at(-1)?.rssMiB ?? null,
            latencyMs: f.latencyMs,
            ackedPerSecond: f.ackedPerSecond,
            errors: f.errors,
            lost: f.lost,
            duplicates: f.duplicates,
            disconnects: f.disconnects,
          },
          baseline: {},
          ratios: {},
          targets: [
            target('no memory growth after warm-up (slope ≤ 1 MiB/min)', slope, (v) => v <= 1),
            target('zero lost', f.lost, (v) => v === 0),
            target('zero duplicates', f.duplicates, (v) => v === 0),
          ],
          notes: [
            `Slope: least squares over the samples after the first ${warmup} s (MiB per minute); r² says how linear the growth is.`,
          ],
          startedAt,
          seconds: round((performance.now() - t0) / 1000, 0),
        },
        [
          `memory: ${samples[0]?.rssMiB} → ${samples.at(-1)?.rssMiB} MiB over ${minutes} min; slope after ${warmup} s: ${slope} MiB/min (r² ${round(fit.r2, 2)})`,
          `chat: p50 ${f.latencyMs.p50} / p99 ${f.latencyMs.p99} ms, ${f.ackedPerSecond} msg/s, lost ${f.lost}, dup ${f.duplicates}, errors ${f.errors}`,
        ],
      );
    } finally {
      await api.stop();
    }
  } finally {
    await db.drop().catch(() => undefined);
    await stopBenchServer();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
