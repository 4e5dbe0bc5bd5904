import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  postgres: string | null;
  kernel: string;
  loadAverage: number[];
}

export function describeMachine(): MachineInfo {
  let postgres: string | null;
  try {
    postgres = execFileSync('psql', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    postgres = null;
  }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    kernel: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

/** Whether `pid` is this process or one of its descendants (e.g. the Chromium bench:web starts). */
function isOurs(pid: number): boolean {
  let p = pid;
  for (let depth = 0; depth < 12 && p > 1; depth++) {
    if (p === process.pid) return true;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      p = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      return false;
    }
  }
  return false;
}

/** Other people's test runs and browsers on this shared machine (never our own, nor our parents). */
export function busyProcesses(): string[] {
  try {
    const out = execFileSync('pgrep', ['-fa', 'jest|chromium|vite build'], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter(Boolean)
      .filter((line) => {
        const pid = Number(line.split(' ')[0]);
        return pid !== process.ppid && !isOurs(pid) && !line.includes('pgrep');
      });
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

export interface QuietCheck {
  /** Quiet when the benchmark started. */
  quiet: boolean;
  waitedSeconds: number;
  busyWith: string[];
  /** Share of the checks (every 15 s while it ran) that found other tests or browsers running. */
  busyDuringPercent?: number;
}

let watch: { samples: number; busy: number } | undefined;

/** Keeps checking, every 15 s, whether others' tests or browsers run while the benchmark does. */
function startWatch(): void {
  if (watch) return;
  const w = { samples: 0, busy: 0 };
  watch = w;
  setInterval(() => {
    w.samples++;
    if (busyProcesses().length > 0) w.busy++;
  }, 15_000).unref();
}

/** The start-up check with how busy the machine was while the benchmark ran. */
export function quietSoFar(start: QuietCheck | null): QuietCheck | null {
  if (!start) return null;
  if (!watch || watch.samples === 0) return start;
  return { ...start, busyDuringPercent: Math.round((watch.busy / watch.samples) * 100) };
}

/**
 * Waits (up to `maxMinutes`) until no jest, chromium or vite build is running, checking every minute.
 * Returns what was still running if the wait ran out: figures are then taken on a busy machine.
 */
export async function waitUntilQuiet(maxMinutes: number, log = true): Promise<QuietCheck> {
  const started = Date.now();
  for (;;) {
    const busy = busyProcesses();
    const waitedSeconds = Math.round((Date.now() - started) / 1000);
    if (busy.length === 0) {
      startWatch();
      return { quiet: true, waitedSeconds, busyWith: [] };
    }
    if (Date.now() - started >= maxMinutes * 60_000) {
      startWatch();
      return { quiet: false, waitedSeconds, busyWith: [`${busy.length} processes: ${summarizeBusy(busy)}`] };
    }
    if (log)
      console.error(
        `machine busy (${busy.length} processes: ${summarizeBusy(busy)}); waiting 60 s (${waitedSeconds} s so far)`,
      );
    await sleep(60_000);
  }
}

function summarizeBusy(lines: string[]): string {
  const kinds = new Set(
    lines.map((l) => (/chromium/.test(l) ? 'chromium' : /vite/.test(l) ? 'vite' : 'jest')),
  );
  return [...kinds].join(', ');
}

/** Resident memory of a process in MiB (VmRSS), or null when it is gone. */
export function rssMiB(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Math.round((Number(kb) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far, or null when it is gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** Total CPU seconds of all PostgreSQL server processes (they are many; they share the machine). */
export function postgresCpuSeconds(): number {
  let total = 0;
  try {
    const pids = execFileSync('pgrep', ['-x', 'postgres'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const pid of pids) total += cpuSeconds(Number(pid)) ?? 0;
  } catch {
    /* none */
  }
  return total;
}
