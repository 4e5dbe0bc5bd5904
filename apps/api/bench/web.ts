// bench:web — production build sizes per route (gzip) against an empty Vite + React app built in the same
// run, first meaningful paint / interactive for the room view in headless Chromium on loopback, and
// Lighthouse (logged in, mobile and desktop) on the demo's room, dashboard and report.
//   pnpm bench:web [--runs 5] [--messages 60] [--lighthouse-runs 3] [--only all|lighthouse] [--quiet-wait 20]
//   With --only lighthouse: [--pages room,dashboard,rapport] [--form-factors mobile,desktop]
//   [--web-dir DIR] (a web build to measure instead of building this checkout's, e.g. main's for a before)
//   [--traces DIR] (keep each run's trace)
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { seedChat } from './chat/seed.js';
import { freshDatabase, stopBenchServer, withClient } from './lib/database.js';
import { describeMachine, waitUntilQuiet } from './lib/machine.js';
import { commandLine, log, report, target } from './lib/output.js';
import { assertBuilt, startApi } from './lib/processes.js';
import { ratio, round } from './lib/stats.js';
import { appSize, buildEmptyReactApp, buildWeb, routeSizes } from './web/build.js';
import { type LighthouseFigures, measureLighthouse } from './web/lighthouse.js';
import { measurePage, ROOM_READY } from './web/paint.js';

const { values: a } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    messages: { type: 'string', default: '60' },
    'quiet-wait': { type: 'string', default: '20' },
    'lighthouse-runs': { type: 'string', default: '3' },
    only: { type: 'string', default: 'all' },
    pages: { type: 'string', default: 'room,dashboard,rapport' },
    'form-factors': { type: 'string', default: 'mobile,desktop' },
    'web-dir': { type: 'string' },
    traces: { type: 'string' },
  },
});
const pageNames = a.pages.split(',');
const formFactors = a['form-factors'].split(',').filter((f) => f === 'mobile' || f === 'desktop');
const lighthouseRuns = Number(a['lighthouse-runs']);
const onlyLighthouse = a.only === 'lighthouse';
const DEMO_PASSWORD = 'welkom-bij-spiegel';

/**
 * Lighthouse on the demo organisation (what `pnpm start` shows): the room as a participant on her
 * phone, the group's dashboard and the report as a facilitator.
 */
async function lighthouseOnDemo(outDir: string): Promise<LighthouseFigures[]> {
  const demo = await freshDatabase('web_demo');
  try {
    const api = await startApi({ databaseUrl: demo.url, env: { WEB_DIST_DIR: outDir, SEED_DEMO: '1' } });
    try {
      const roomId = await withClient(demo.url, async (c) => {
        const r = await c.query<{ id: string }>(`SELECT id FROM rooms WHERE name = 'Groep Voorjaar'`);
        if (!r.rows[0]) throw new Error('the demo seed has no Groep Voorjaar');
        return r.rows[0].id;
      });
      log(`Lighthouse 12 (logged in, mobile and desktop): ${lighthouseRuns} runs per page`);
      return await measureLighthouse({
        baseUrl: api.url,
        runs: lighthouseRuns,
        formFactors,
        traceDir: a.traces ? path.resolve(a.traces) : undefined,
        pages: [
          { name: 'room', path: `/ruimtes/${roomId}`, login: 'sanne', password: DEMO_PASSWORD },
          {
            name: 'dashboard',
            path: `/ruimtes/${roomId}/dashboard`,
            login: 'ruben',
            password: DEMO_PASSWORD,
          },
          { name: 'rapport', path: '/rapport', login: 'ruben', password: DEMO_PASSWORD },
        ].filter((p) => pageNames.includes(p.name)),
      });
    } finally {
      await api.stop();
    }
  } finally {
    await demo.drop().catch(() => undefined);
  }
}

async function onlyLighthouseRun(): Promise<void> {
  assertBuilt();
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const quiet = await waitUntilQuiet(Number(a['quiet-wait']));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'spiegel-bench-web-'));
  try {
    const outDir = a['web-dir'] ? path.resolve(a['web-dir']) : path.join(tmp, 'web');
    if (a['web-dir']) log(`measuring the web build in ${outDir}`);
    else {
      log('building the web app (production, with manifest)');
      await buildWeb(outDir);
    }
    const lh = await lighthouseOnDemo(outDir);
    report(
      {
        name: 'web-lighthouse',
        command: `pnpm bench:web ${commandLine().split(' ').slice(1).join(' ')}`.trim(),
        machine: describeMachine(),
        quiet,
        parameters: { lighthouseRuns, lighthouse: '12.2.3', webDir: a['web-dir'] ?? null },
        figures: { lighthouse: lh },
        baseline: {},
        ratios: {},
        targets: lighthouseTargets(lh),
        notes: LIGHTHOUSE_NOTES,
        startedAt,
        seconds: round((performance.now() - t0) / 1000, 0),
      },
      lighthouseSummary(lh),
    );
  } finally {
    await stopBenchServer();
    rmSync(tmp, { recursive: true, force: true });
  }
}

const LIGHTHOUSE_NOTES = [
  'Lighthouse 12.2.3, performance category only, logged in (session cookie on every request), storage and cache emptied before each run; mobile = Lighthouse defaults (simulated slow 4G, 4× CPU slowdown, 412×823), desktop = its desktop preset. Figures are medians over the runs. The demo organisation (SEED_DEMO=1): room = Groep Voorjaar as sanne, dashboard and rapport as ruben.',
];

function lighthouseTargets(lh: LighthouseFigures[]) {
  return lh.flatMap((f) => [
    target(
      `Lighthouse ${f.formFactor} performance ${f.page} ≥ ${f.formFactor === 'mobile' ? 90 : 95}`,
      f.median.performance,
      (v) => v >= (f.formFactor === 'mobile' ? 90 : 95),
    ),
    target(`CLS ${f.formFactor} ${f.page} ≤ 0.1`, f.median.cls, (v) => v <= 0.1),
  ]);
}

function lighthouseSummary(lh: LighthouseFigures[]): string[] {
  return lh.map(
    (f) =>
      `Lighthouse ${f.formFactor.padEnd(7)} ${f.page.padEnd(9)} performance ${f.median.performance}, FCP ${f.median.fcpMs} ms, LCP ${f.median.lcpMs} ms, TBT ${f.median.tbtMs} ms, CLS ${f.median.cls}, main-thread CPU ${f.median.cpuMs} ms (blocking from CPU time ${f.formFactor === 'mobile' ? 'at 4× ' : ''}${f.median.cpuBlockingMs} ms)`,
  );
}
const runs = Number(a.runs);
const messages = Number(a.messages);
const MARKER = 'Tot donderdag allemaal, fijn dat jullie er waren.';

/** Serves a built static app (the baseline) on loopback. */
function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const file = path.join(dir, req.url && req.url !== '/' ? path.normalize(req.url) : 'index.html');
    try {
      const body = readFileSync(file.startsWith(dir) ? file : path.join(dir, 'index.html'));
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : 'text/html';
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

async function main(): Promise<void> {
  assertBuilt();
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const quiet = await waitUntilQuiet(Number(a['quiet-wait']));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'spiegel-bench-web-'));
  const db = await freshDatabase('web');
  try {
    log('building the web app (production, with manifest)');
    const outDir = path.join(tmp, 'web');
    const manifest = await buildWeb(outDir);
    const { entry, routes } = routeSizes(outDir, manifest);
    log('building the baseline: an empty Vite + React app');
    const emptyDir = path.join(tmp, 'empty');
    const empty = appSize(path.join(emptyDir, 'dist'), await buildEmptyReactApp(emptyDir));

    // A room of ten with `messages` contributions; the newest is the marker the paint waits for.
    const members = await withClient(db.url, async (c) => {
      const m = await seedChat(c, 10);
      await c.query(
        `INSERT INTO contributions (organisation_id, room_id, seq, author_membership_id, client_id, kind, body, created_at)
         SELECT r.organisation_id, r.id, g.s, (SELECT array_agg(membership_id) FROM room_members WHERE room_id = r.id)[1 + g.s % 10],
                gen_random_uuid(), 'message',
                CASE WHEN g.s = $2 THEN $3 ELSE 'Bericht ' || g.s || ': ik herken wat je schrijft, dank je wel voor het delen.' END,
                now() - ($2 - g.s) * interval '1 minute'
           FROM rooms r CROSS JOIN generate_series(1, $2) AS g(s) WHERE r.id = $1`,
        [m[0]!.roomId, messages, MARKER],
      );
      await c.query(`UPDATE rooms SET last_seq = $2 WHERE id = $1`, [m[0]!.roomId, messages]);
      return m;
    });
    const api = await startApi({ databaseUrl: db.url, env: { WEB_DIST_DIR: outDir } });
    let room;
    let baselinePaint;
    try {
      log(`room view in headless Chromium: ${runs} runs`);
      room = await measurePage({
        baseUrl: api.url,
        url: `${api.url}/ruimtes/${members[1]!.roomId}`,
        login: members[1]!.login,
        marker: MARKER,
        readyCheck: ROOM_READY,
        runs,
      });
    } finally {
      await api.stop();
    }
    const lighthouseFigures = lighthouseRuns > 0 ? await lighthouseOnDemo(outDir) : [];
    const staticServer = await serveStatic(path.join(emptyDir, 'dist'));
    try {
      baselinePaint = await measurePage({
        baseUrl: staticServer.url,
        url: staticServer.url,
        marker: 'Hallo',
        readyCheck: `document.querySelector('h1')`,
        runs,
      });
    } finally {
      await staticServer.close();
    }

    const worst = (audience: 'participant' | 'facilitator') =>
      routes.filter((r) => r.audience === audience).reduce((m, r) => (r.jsGzipKB > m.jsGzipKB ? r : m));
    const participant = worst('participant');
    const facilitator = worst('facilitator');
    const roomRoute = routes.find((r) => r.path === '/ruimtes/:roomId');
    report(
      {
        name: 'web',
        command: `pnpm bench:web ${commandLine().split(' ').slice(1).join(' ')}`.trim(),
        machine: describeMachine(),
        quiet,
        parameters: {
          runs,
          messages,
          gzip: 'level 9',
          viewport: '1280×860',
          cache: 'empty (new context per run)',
        },
        figures: { entry, routes, roomView: room, lighthouse: lighthouseFigures },
        baseline: { emptyReactApp: empty, paint: baselinePaint },
        ratios: {
          entryJs: ratio(entry.jsGzipKB, empty.jsGzipKB),
          largestParticipantRouteJs: ratio(participant.jsGzipKB, empty.jsGzipKB),
          largestFacilitatorRouteJs: ratio(facilitator.jsGzipKB, empty.jsGzipKB),
          roomViewFcp: ratio(room.median.fcpMs, baselinePaint.median.fcpMs),
          roomViewFmp: ratio(room.median.fmpMs, baselinePaint.median.fmpMs),
        },
        targets: [
          target(
            `participant routes ≤ 170 KB JS gzip (largest: ${participant.path})`,
            participant.jsGzipKB,
            (v) => v <= 170,
          ),
          target(
            `facilitator routes ≤ 350 KB JS gzip (largest: ${facilitator.path})`,
            facilitator.jsGzipKB,
            (v) => v <= 350,
          ),
          ...lighthouseTargets(lighthouseFigures),
        ],
        notes: [
          'Route JavaScript = the entry chunk and its static imports + the route’s lazy module and its static imports, gzip -9. lazyJsGzipKB: chunks the route can still fetch later.',
          'Paint: fresh browser context per run (empty cache), one warm-up run not counted; first meaningful paint = the frame after the newest message is in the DOM; interactive = composer present and socket connected, then 500 ms without long tasks.',
          'The API serves the built files pre-compressed (brotli, else gzip); the gzip -9 sizes here are what a browser without brotli receives.',
          ...LIGHTHOUSE_NOTES,
        ],
        startedAt,
        seconds: round((performance.now() - t0) / 1000, 0),
      },
      [
        `empty Vite + React app: ${empty.jsGzipKB} KB JS gzip; Spiegel entry: ${entry.jsGzipKB} KB (${entry.chunks} chunks)`,
        ...routes.map(
          (r) =>
            `${r.audience === 'facilitator' ? 'F' : 'P'} ${r.path.padEnd(36)} ${String(r.jsGzipKB).padStart(6)} KB JS, ${r.cssGzipKB} KB CSS${r.lazyJsGzipKB ? `, +${r.lazyJsGzipKB} KB lazy` : ''}`,
        ),
        `room view (${roomRoute?.jsGzipKB} KB): FCP ${room.median.fcpMs} ms, first meaningful paint ${room.median.fmpMs} ms, interactive ${room.median.ttiMs} ms (median of ${runs})`,
        `empty app: FCP ${baselinePaint.median.fcpMs} ms, interactive ${baselinePaint.median.ttiMs} ms`,
        ...lighthouseSummary(lighthouseFigures),
      ],
    );
  } finally {
    await db.drop().catch(() => undefined);
    await stopBenchServer();
    rmSync(tmp, { recursive: true, force: true });
  }
}

(onlyLighthouse ? onlyLighthouseRun() : main()).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
