import { existsSync } from 'node:fs';
import { login } from '../lib/accounts.js';
import { median, round } from '../lib/stats.js';
import { webRequire } from './build.js';

/** The flags the browser journeys use (docs: STACK.md); Debian's chromium, never a downloaded one. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Browser {
  newContext(o: Record<string, unknown>): Promise<Context>;
  close(): Promise<void>;
}
interface Context {
  addCookies(c: { name: string; value: string; url: string }[]): Promise<void>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Page {
  addInitScript(script: string): Promise<void>;
  goto(url: string, o?: Record<string, unknown>): Promise<unknown>;
  // Functions, not strings: the page's CSP (script-src 'self') refuses to evaluate strings.
  waitForFunction(fn: () => unknown, arg?: unknown, o?: Record<string, unknown>): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
}

/**
 * Runs in the page before its own scripts. First meaningful paint: the frame after the newest message of
 * the room is in the DOM (rAF, then a task: the frame has been painted). Interactive: the composer is there,
 * the socket says connected, and the main thread then stays free of long tasks (> 50 ms) for 500 ms; the
 * time reported is the latest of the ready moment, the meaningful paint and the end of the last long task
 * before that quiet window.
 */
const probe = (marker: string, readyCheck: string) => `
(() => {
  const b = (window.__bench = { longTasks: [], fmp: null, ready: null });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longTasks.push(e.startTime + e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const has = () => document.body && document.body.textContent.includes(${JSON.stringify(marker)});
  const check = () => {
    if (b.fmp === null && b.pending !== true && has()) {
      b.pending = true;
      requestAnimationFrame(() => setTimeout(() => { b.fmp = performance.now(); }, 0));
    }
    if (b.ready === null && has() && (${readyCheck})) b.ready = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();`;

/** What the probe keeps on `window.__bench`. */
interface Probe {
  longTasks: number[];
  fmp: number | null;
  ready: number | null;
}

export interface PaintFigures {
  runs: { fcpMs: number; fmpMs: number; ttiMs: number; domContentLoadedMs: number; loadMs: number }[];
  median: { fcpMs: number; fmpMs: number; ttiMs: number; domContentLoadedMs: number; loadMs: number };
}

/** The room view is interactive when its composer is there and the socket says it is connected. */
export const ROOM_READY = `document.querySelector('form.composer textarea') && document.querySelector('.connection--connected')`;

/**
 * Opens `url` `runs` times (after one warm-up), each in a fresh browser context (empty HTTP cache), as the
 * logged-in `login` if given, and reads paint and interactivity timings from the page.
 */
export async function measurePage(o: {
  baseUrl: string;
  url: string;
  login?: string;
  marker: string;
  readyCheck: string;
  runs: number;
}): Promise<PaintFigures> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(`No Chromium at ${executablePath} (apt-get install -y chromium)`);
  const { chromium } = webRequire('playwright-core') as {
    chromium: { launch(o: Record<string, unknown>): Promise<Browser> };
  };
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const session = o.login ? await login(o.baseUrl, o.login) : null;
    const runs: PaintFigures['runs'] = [];
    for (let i = 0; i <= o.runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL' });
      try {
        if (session)
          await context.addCookies([
            { name: 'spiegel_session', value: session.token, url: o.baseUrl },
            { name: 'spiegel_csrf', value: session.csrfToken, url: o.baseUrl },
          ]);
        const page = await context.newPage();
        await page.addInitScript(probe(o.marker, o.readyCheck));
        await page.goto(o.url, { waitUntil: 'load', timeout: 30_000 });
        await page.waitForFunction(
          () => {
            const b = (globalThis as unknown as { __bench?: Probe }).__bench;
            return b !== undefined && b.fmp !== null && b.ready !== null;
          },
          null,
          { timeout: 30_000, polling: 50 },
        );
        // Wait for a 500 ms window without long tasks after the page became ready.
        await page.waitForFunction(
          () => {
            const b = (globalThis as unknown as { __bench: Probe }).__bench;
            return performance.now() - Math.max(b.ready!, ...b.longTasks) >= 500;
          },
          null,
          { timeout: 30_000, polling: 100 },
        );
        const t = await page.evaluate(() => {
          const b = (globalThis as unknown as { __bench: Probe }).__bench;
          const nav = (performance.getEntriesByType as (type: string) => unknown[])('navigation')[0] as {
            domContentLoadedEventEnd: number;
            loadEventEnd: number;
          };
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          const quietFrom = b.longTasks
            .filter((end) => end > b.ready!)
            .reduce((m, e) => Math.max(m, e), b.ready!);
          return {
            fcp: fcp ? fcp.startTime : Number.NaN,
            fmp: b.fmp!,
            tti: Math.max(quietFrom, b.fmp!),
            dcl: nav.domContentLoadedEventEnd,
            load: nav.loadEventEnd,
          };
        });
        if (i > 0) {
          runs.push({
            fcpMs: round(t.fcp, 1),
            fmpMs: round(t.fmp, 1),
            ttiMs: round(t.tti, 1),
            domContentLoadedMs: round(t.dcl, 1),
            loadMs: round(t.load, 1),
          });
        }
      } finally {
        await context.close();
      }
    }
    const m = (k: keyof PaintFigures['runs'][number]) => round(median(runs.map((r) => r[k])), 1);
    return {
      runs,
      median: {
        fcpMs: m('fcpMs'),
        fmpMs: m('fmpMs'),
        ttiMs: m('ttiMs'),
        domContentLoadedMs: m('domContentLoadedMs'),
        loadMs: m('loadMs'),
      },
    };
  } finally {
    await browser.close();
  }
}
