import { log } from '../lib/output.js';
import { type Child, sleep } from '../lib/processes.js';
import { median, medianOfRuns, round } from '../lib/stats.js';
import type { ChatMember } from './seed.js';
import { type PhaseFigures, Swarm, type Target } from './swarm.js';

/** The latency beyond which a rate counts as past saturation. */
export const SATURATION_P99_MS = 250;

export interface SteadyFigures {
  clients: number;
  connectSeconds: number;
  connectFailures: number;
  runs: PhaseFigures[];
  median: Omit<PhaseFigures, 'rssMiB' | 'cpuPercent' | 'postgresCpuPercent' | 'errorCodes'> & {
    rssMiB: number;
    cpuPercent: number;
    postgresCpuPercent: number;
  };
}

/** Steady load: `clients` connected, `rate` messages/s, `runs` windows of `seconds`; medians over runs. */
export async function steady(
  members: ChatMember[],
  target: Target,
  o: { clients: number; rate: number; seconds: number; runs: number },
): Promise<SteadyFigures> {
  const swarm = new Swarm(members, target);
  try {
    const c = await swarm.connect(o.clients);
    log(`${target.kind}: ${c.connected} connected in ${c.seconds} s (${c.failed} failed)`);
    const runs: PhaseFigures[] = [];
    for (let r = 0; r < o.runs; r++) {
      const f = await swarm.run({ ratePerSecond: o.rate, seconds: o.seconds, senders: c.connected });
      log(
        `${target.kind} run ${r + 1}/${o.runs}: p50 ${f.latencyMs.p50} p95 ${f.latencyMs.p95} p99 ${f.latencyMs.p99} ms (ack p50 ${f.ackLatencyMs.p50} p99 ${f.ackLatencyMs.p99}), ${f.ackedPerSecond} msg/s, lost ${f.lost}, dup ${f.duplicates}, errors ${f.errors}, rss ${median(f.rssMiB)} MiB, cpu ${median(f.cpuPercent)}% (${f.cpuMsPerMessage} ms/msg; postgres ${median(f.postgresCpuPercent)}%), lag ${f.loadGeneratorLagP99Ms} ms`,
      );
      runs.push(f);
    }
    const {
      rssMiB: _r,
      cpuPercent: _c,
      postgresCpuPercent: _p,
      errorCodes: _e,
      ...rest
    } = medianOfRuns(runs.map((f) => ({ ...f, rssMiB: [], cpuPercent: [], postgresCpuPercent: [] })));
    return {
      clients: c.connected,
      connectSeconds: c.seconds,
      connectFailures: c.failed,
      runs,
      median: {
        ...rest,
        // Errors, losses and duplicates are summed over the runs: one is one too many.
        errors: runs.reduce((s, f) => s + f.errors, 0),
        lost: runs.reduce((s, f) => s + f.lost, 0),
        duplicates: runs.reduce((s, f) => s + f.duplicates, 0),
        disconnects: runs.reduce((s, f) => s + f.disconnects, 0),
        rssMiB: median(runs.map((f) => median(f.rssMiB.slice(Math.floor(f.rssMiB.length / 2))))),
        cpuPercent: median(runs.map((f) => median(f.cpuPercent))),
        postgresCpuPercent: median(runs.map((f) => median(f.postgresCpuPercent))),
      },
    };
  } finally {
    await swarm.close();
  }
}

export interface SweepStep {
  rate: number;
  p50: number;
  p99: number;
  ackedPerSecond: number;
  errors: number;
  lost: number;
  cpuPercent: number;
  /** The target's CPU time per message sent in the step (ms). */
  cpuMsPerMessage: number;
  postgresCpuPercent: number;
  loadGeneratorLagP99Ms: number;
  ok: boolean;
}

export interface SweepFigures {
  /** Highest rate tested with p99 ≤ 250 ms, nothing lost and under 1 % errors. */
  saturationRate: number | null;
  /** True when the sweep stopped at its ceiling without crossing: the real point is higher. */
  reachedCeiling: boolean;
  steps: SweepStep[];
}

/**
 * Raises the send rate by half each step until p99 crosses 250 ms (or messages are lost or refused),
 * then tries the midpoint between the last good and the first bad rate once.
 */
export async function sweep(
  members: ChatMember[],
  target: Target,
  o: { clients: number; startRate: number; maxRate: number; stepSeconds: number },
): Promise<SweepFigures> {
  const swarm = new Swarm(members, target);
  const steps: SweepStep[] = [];
  try {
    const c = await swarm.connect(o.clients);
    const probe = async (rate: number) => {
      const f = await swarm.run({
        ratePerSecond: rate,
        seconds: o.stepSeconds,
        senders: c.connected,
        warmupSeconds: 2,
        drainSeconds: 10,
      });
      const step: SweepStep = {
        rate: round(rate, 0),
        p50: f.latencyMs.p50,
        p99: f.latencyMs.p99,
        ackedPerSecond: f.ackedPerSecond,
        errors: f.errors,
        lost: f.lost,
        cpuPercent: median(f.cpuPercent),
        cpuMsPerMessage: f.cpuMsPerMessage,
        postgresCpuPercent: median(f.postgresCpuPercent),
        loadGeneratorLagP99Ms: f.loadGeneratorLagP99Ms,
        ok: f.latencyMs.p99 <= SATURATION_P99_MS && f.lost === 0 && f.errors <= 0.01 * Math.max(1, f.sent),
      };
      log(
        `${target.kind} sweep ${step.rate} msg/s: p50 ${step.p50} p99 ${step.p99} ms, acked ${step.ackedPerSecond}/s, lost ${step.lost}, errors ${step.errors}, cpu ${step.cpuPercent}% (${step.cpuMsPerMessage} ms/msg) → ${step.ok ? 'ok' : 'over'}`,
      );
      steps.push(step);
      // Let a backlog clear before the next step.
      await sleep(2000);
      return step.ok;
    };
    let good: number | null = null;
    let bad: number | null = null;
    const rates: number[] = [];
    for (let r = o.startRate; r < o.maxRate; r *= 1.5) rates.push(r);
    rates.push(o.maxRate);
    for (const rate of rates) {
      if (await probe(rate)) good = rate;
      else {
        bad = rate;
        break;
      }
    }
    if (good !== null && bad !== null && bad / good > 1.2) {
      const mid = (good + bad) / 2;
      if (await probe(mid)) good = mid;
    }
    return { saturationRate: good === null ? null : round(good, 0), reachedCeiling: bad === null, steps };
  } finally {
    await swarm.close();
  }
}

export interface IdleFigures {
  requested: number;
  connected: number;
  failed: number;
  connectSeconds: number;
  rssBeforeMiB: number | null;
  rssMiB: number | null;
  /** Memory each connection adds: (rss − rssBefore) / connected, in KiB. */
  perConnectionKiB: number | null;
}

/** `count` idle connections held open; the process's resident memory once it has settled. */
export async function idle(members: ChatMember[], target: Target, count: number): Promise<IdleFigures> {
  const child: Child = target.instances[0]!;
  const rssBefore = child.rss();
  const swarm = new Swarm(members, target);
  try {
    const c = await swarm.connect(count, 200);
    log(`${target.kind} idle: ${c.connected}/${count} connected in ${c.seconds} s; settling`);
    await sleep(10_000);
    const samples: number[] = [];
    for (let k = 0; k < 5; k++) {
      samples.push(child.rss() ?? Number.NaN);
      await sleep(1000);
    }
    const rss = median(samples);
    const connected = swarm.sockets.filter((s) => s?.connected).length;
    return {
      requested: count,
      connected,
      failed: c.failed,
      connectSeconds: c.seconds,
      rssBeforeMiB: rssBefore,
      rssMiB: rss,
      perConnectionKiB:
        rssBefore === null || connected === 0 ? null : round(((rss - rssBefore) * 1024) / connected, 1),
    };
  } finally {
    await swarm.close();
  }
}
