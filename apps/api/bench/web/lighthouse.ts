import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { login } from '../lib/accounts.js';
import { median, round } from '../lib/stats.js';
import { type MainThreadCpu, mainThreadCpu } from './trace-cpu.js';

/**
 * Lighthouse 12.2.3 (13 needs Node 22) against pages of the running app, logged in, in Debian's
 * Chromium started here with a debugging port. Mobile is Lighthouse's default (a mid-range phone,
 * slow 4G and 4× CPU slowdown, simulated); desktop is its desktop preset. The session rides along as
 * a Cookie header on every request, so Lighthouse may still empty the cache and storage before each
 * run (a first visit, as a phone that was never here).
 */
export interface LighthousePage {
  name: string;
  path: string;
  login: string;
  password: string;
}

export interface LighthouseRun {
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Main-thread CPU time in Lighthouse's trace (unthrottled, as measured), see trace-cpu.ts. */
  cpu: MainThreadCpu;
}

export interface LighthouseFigures {
  page: string;
  formFactor: 'mobile' | 'desktop';
  runs: LighthouseRun[];
  median: Omit<LighthouseRun, 'cpu'> & { cpuMs: number; cpuBlockingMs: number };
}

const FORM_FACTORS = ['mobile', 'desktop'] as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(`No Chromium at ${executablePath} (apt-get install -y chromium)`);
  const port = await freePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'spiegel-lighthouse-'));
  const proc: ChildProcess = spawn(
    executablePath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('Chromium did not open its debugging port in 20 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    stop: () =>
      new Promise((resolve) => {
        proc.once('exit', () => {
          rmSync(profile, { recursive: true, force: true });
          resolve();
        });
        proc.kill('SIGTERM');
      }),
  };
}

function numeric(audits: Record<string, { numericValue?: number }>, id: string): number {
  return audits[id]?.numericValue ?? Number.NaN;
}

/**
 * `runs` Lighthouse runs per page and form factor, medians kept. With `traceDir`, each run's trace is
 * kept there (`<page>-<form factor>-<run>.json`, to open in DevTools' performance panel), with JS samples.
 */
export async function measureLighthouse(o: {
  baseUrl: string;
  pages: LighthousePage[];
  runs: number;
  formFactors?: readonly ('mobile' | 'desktop')[];
  traceDir?: string;
}): Promise<LighthouseFigures[]> {
  const chromium = await startChromium();
  const figures: LighthouseFigures[] = [];
  try {
    for (const page of o.pages) {
      const session = await login(o.baseUrl, page.login, page.password);
      const url = `${o.baseUrl}${page.path}`;
      for (const formFactor of o.formFactors ?? FORM_FACTORS) {
        const runs: LighthouseRun[] = [];
        for (let i = 0; i < o.runs; i++) {
          const result = await lighthouse(
            url,
            {
              port: chromium.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance'],
              extraHeaders: { Cookie: session.cookie },
              // Kept traces carry JS samples too (which function ran), as DevTools records them; the
              // sampling costs CPU itself, so compare figures only between runs with the same setting.
              ...(o.traceDir ? { additionalTraceCategories: 'disabled-by-default-v8.cpu_profiler' } : {}),
              // And all of Lighthouse's artifacts (trace and network log): `lighthouse -A=<dir>` audits them
              // again later, e.g. with other throttling settings, without loading the page again.
              ...(o.traceDir
                ? (() => {
                    const dir = path.join(o.traceDir, `${page.name}-${formFactor}-${i + 1}`);
                    return { gatherMode: dir, auditMode: dir };
                  })()
                : {}),
            },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
          const { lhr } = result;
          if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
          const audits = lhr.audits as Record<string, { numericValue?: number }>;
          const trace = (result.artifacts as unknown as { Trace: unknown }).Trace;
          if (o.traceDir) {
            mkdirSync(o.traceDir, { recursive: true });
            writeFileSync(
              path.join(o.traceDir, `${page.name}-${formFactor}-${i + 1}.json`),
              JSON.stringify(trace),
            );
            // The report beside it: which element was the LCP, the request chains, the long tasks.
            writeFileSync(
              path.join(o.traceDir, `${page.name}-${formFactor}-${i + 1}.lhr.json`),
              JSON.stringify(lhr),
            );
          }
          runs.push({
            performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
            fcpMs: round(numeric(audits, 'first-contentful-paint'), 0),
            lcpMs: round(numeric(audits, 'largest-contentful-paint'), 0),
            tbtMs: round(numeric(audits, 'total-blocking-time'), 0),
            cls: round(numeric(audits, 'cumulative-layout-shift'), 3),
            speedIndexMs: round(numeric(audits, 'speed-index'), 0),
            cpu: mainThreadCpu(trace, formFactor === 'mobile' ? 4 : 1),
          });
        }
        const m = (key: Exclude<keyof LighthouseRun, 'cpu'>) => median(runs.map((r) => r[key]));
        figures.push({
          page: page.name,
          formFactor,
          runs,
          median: {
            performance: m('performance'),
            fcpMs: m('fcpMs'),
            lcpMs: m('lcpMs'),
            tbtMs: m('tbtMs'),
            cls: round(m('cls'), 3),
            speedIndexMs: m('speedIndexMs'),
            cpuMs: median(runs.map((r) => r.cpu.totalMs)),
            cpuBlockingMs: median(runs.map((r) => r.cpu.blockingAtSlowdownMs)),
          },
        });
      }
    }
  } finally {
    await chromium.stop();
  }
  return figures;
}
