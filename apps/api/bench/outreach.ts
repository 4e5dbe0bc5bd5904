// bench:outreach — e-mail at scale through the real delivery queue (pg-boss) to a real SMTP server on loopback.
//  1. A weekly digest for N members (each chose recognition weekly, five notifications last week): the time to
//     gather the counts and queue one mail each (one grouped read, batched inserts), per size; the growth from
//     the smallest to the largest size should stay ≤ its size ratio (10× for 1,000 → 10,000).
//     With --deliver, also the time until the SMTP server received every digest.
//  2. One crisis alert to S staff (all with a verified address, default: crisis by e-mail): the time from the
//     notification until the S-th mail arrived.
//  3. The same crisis alert pushed to S staff (one device each, default: crisis by push, no e-mail): the time
//     from the notification until a push service on loopback had received the S-th encrypted push.
//   pnpm bench:outreach [--sizes 1000,10000] [--staff 50] [--deliver] [--quiet-wait 20]
// Runs the built API in-process (apps/api/dist), each size on its own fresh database.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createECDH, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { benchServer, freshDatabase, stopBenchServer, withClient } from './lib/database.js';
import { describeMachine, waitUntilQuiet } from './lib/machine.js';
import { commandLine, log, report, target } from './lib/output.js';
import { assertBuilt, ROOT, sleep } from './lib/processes.js';
import { round } from './lib/stats.js';

const { values: a } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    staff: { type: 'string', default: '50' },
    deliver: { type: 'boolean', default: false },
    'quiet-wait': { type: 'string', default: '20' },
  },
});
const sizes = a.sizes.split(',').map(Number);
const staff = Number(a.staff);

/** A bare SMTP server that counts what it receives. */
async function sink(): Promise<{ url: string; received: () => number; stop: () => Promise<void> }> {
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _s, cb) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        n++;
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => n,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}

/** A bare push service on loopback that counts the pushes it accepted (201). */
async function pushSink(): Promise<{ url: string; received: () => number; stop: () => Promise<void> }> {
  let n = 0;
  const server = createServer((req, res) => {
    req.on('data', () => undefined);
    req.on('end', () => {
      if (req.headers['content-encoding'] === 'aes128gcm') n++;
      res.writeHead(201).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    received: () => n,
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** One push device per member, each with its own P-256 key pair (as a browser makes), at the loopback service. */
async function seedDevices(url: string, ids: string[], org: string, endpointBase: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query(`DELETE FROM outreach_email_addresses`);
    for (const [i, id] of ids.entries()) {
      const ecdh = createECDH('prime256v1');
      await c.query(
        `INSERT INTO outreach_push_subscriptions (id, membership_id, organisation_id, endpoint, p256dh, auth, label)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'bench')`,
        [
          id,
          org,
          `${endpointBase}/device/${i}`,
          ecdh.generateKeys().toString('base64url'),
          randomBytes(16).toString('base64url'),
        ],
      );
    }
  });
}

/** N members with a verified address; `chosen` picks who wants recognition by weekly digest. */
async function seed(
  url: string,
  members: number,
  role: 'participant' | 'facilitator',
  notificationsEach: number,
) {
  return withClient(url, async (c) => {
    const org = (
      await c.query(
        `INSERT INTO organisations (id, name, slug) VALUES (gen_random_uuid(), 'Bench', 'bench') RETURNING id`,
      )
    ).rows[0].id as string;
    await c.query(
      `INSERT INTO users (id, login_name, password_hash, password_changed_at)
       SELECT gen_random_uuid(), 'lid' || i, '!', now() FROM generate_series(0, $1 - 1) i`,
      [members],
    );
    await c.query(
      `INSERT INTO memberships (id, organisation_id, user_id, role, display_name, display_name_key, avatar_color)
       SELECT gen_random_uuid(), $1, u.id, $2, 'Lid ' || u.login_name, 'lid ' || u.login_name, '#2f6f73' FROM users u`,
      [org, role],
    );
    await c.query(
      `INSERT INTO outreach_email_addresses (membership_id, organisation_id, address, verified_at, unsubscribe_secret)
       SELECT m.id, m.organisation_id, 'lid' || row_number() OVER () || '@bench.example', now(), md5(m.id::text) FROM memberships m`,
    );
    if (role === 'participant') {
      const prefs = JSON.stringify([{ kind: 'herkenning', email: true, push: false, frequency: 'weekly' }]);
      await c.query(
        `INSERT INTO outreach_preferences (membership_id, organisation_id, preferences, consented_at)
         SELECT m.id, m.organisation_id, $1::jsonb, now() FROM memberships m`,
        [prefs],
      );
      // Last ISO week relative to the fixed "now" below, spread over the days.
      await c.query(
        `INSERT INTO notifications (organisation_id, recipient_membership_id, kind, created_at)
         SELECT m.organisation_id, m.id, CASE WHEN k % 2 = 0 THEN 'herkenning_received' ELSE 'reply_received' END,
                timestamptz '2026-11-30T08:00:00Z' + (k || ' hours')::interval
           FROM memberships m CROSS JOIN generate_series(1, $1) k`,
        [notificationsEach],
      );
    }
    await c.query('ANALYZE');
    const ids = (await c.query(`SELECT id FROM memberships`)).rows as { id: string }[];
    return { org, ids: ids.map((r) => r.id) };
  });
}

interface BuiltApi {
  app: { get: (t: unknown) => unknown; close: () => Promise<void>; init: () => Promise<unknown> };
  outreach: { runDigest: (f: 'weekly', now: Date) => Promise<number> };
  notifications: { notify: (n: Record<string, unknown>) => Promise<void> };
}

async function startInProcess(databaseUrl: string, smtpUrl: string): Promise<BuiltApi> {
  const dist = path.join(ROOT, 'apps/api/dist');
  const { createApp } = await import(path.join(dist, 'app.factory.js'));
  const { loadConfig } = await import(path.join(dist, 'config/config.js'));
  const { createLogger } = await import(path.join(dist, 'common/logger.js'));
  const { OutreachService } = await import(path.join(dist, 'modules/outreach/outreach.service.js'));
  const { NotificationsService } = await import(
    path.join(dist, 'modules/notifications/notifications.service.js')
  );
  const config = loadConfig({
    NODE_ENV: 'production',
    // Production refuses to start without a key for second-factor secrets; a fixed one for this throw-away database.
    TOTP_ENCRYPTION_KEY: '5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e',
    LOG_LEVEL: 'error',
    PORT: '0',
    PUBLIC_ORIGIN: 'http://127.0.0.1',
    WEB_DIST_DIR: '/nonexistent',
    JOBS: 'off',
    SMTP_URL: smtpUrl,
    OUTREACH_POLL_SECONDS: '0.5',
  });
  const app = await createApp(config, databaseUrl, createLogger('error'));
  await app.init();
  return { app, outreach: app.get(OutreachService), notifications: app.get(NotificationsService) };
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) return false;
    await sleep(5);
  }
  return true;
}

assertBuilt();
const quiet = await waitUntilQuiet(Number(a['quiet-wait']));
const started = Date.now();
await benchServer();
const NOW = new Date('2026-12-09T10:00:00Z');

const digest: Record<string, { members: number; queued: number; queueMs: number; deliverMs: number | null }> =
  {};
for (const size of sizes) {
  const db = await freshDatabase(`outreach${size}`);
  const smtp = await sink();
  try {
    await seed(db.url, size, 'participant', 5);
    const api = await startInProcess(db.url, smtp.url);
    try {
      const t0 = performance.now();
      const queued = await api.outreach.runDigest('weekly', NOW);
      const queueMs = performance.now() - t0;
      let deliverMs: number | null = null;
      if (a.deliver && (await waitFor(() => smtp.received() >= queued, 15 * 60_000)))
        deliverMs = performance.now() - t0;
      digest[size] = {
        members: size,
        queued,
        queueMs: round(queueMs),
        deliverMs: deliverMs && round(deliverMs),
      };
      log(
        `digest ${size}: ${queued} queued in ${round(queueMs)} ms${deliverMs ? `, delivered in ${round(deliverMs)} ms` : ''}`,
      );
    } finally {
      await api.app.close();
    }
  } finally {
    await smtp.stop();
    await db.drop();
  }
}

let alert: { staff: number; lastDeliveryMs: number | null } | undefined;
{
  const db = await freshDatabase('outreachalert');
  const smtp = await sink();
  try {
    const { org, ids } = await seed(db.url, staff, 'facilitator', 0);
    const api = await startInProcess(db.url, smtp.url);
    try {
      // Warm the transport and the queue with one mail, then the alert.
      await api.notifications.notify({ organisationId: org, recipients: [ids[0]], kind: 'system' });
      const t0 = performance.now();
      await api.notifications.notify({ organisationId: org, recipients: ids, kind: 'crisis_alert' });
      const ok = await waitFor(() => smtp.received() >= staff, 120_000);
      alert = { staff, lastDeliveryMs: ok ? round(performance.now() - t0) : null };
      log(`crisis alert to ${staff} staff: last mail after ${alert.lastDeliveryMs} ms`);
    } finally {
      await api.app.close();
    }
  } finally {
    await smtp.stop();
    await db.drop();
  }
}
let push: { staff: number; lastDeliveryMs: number | null } | undefined;
{
  const db = await freshDatabase('outreachpush');
  const smtp = await sink();
  const service = await pushSink();
  try {
    const { org, ids } = await seed(db.url, staff, 'facilitator', 0);
    await seedDevices(db.url, ids, org, service.url);
    const api = await startInProcess(db.url, smtp.url);
    try {
      // Warm the queue and the keys with one push (crisis to the first), then the alert to everyone.
      await api.notifications.notify({ organisationId: org, recipients: [ids[0]], kind: 'crisis_alert' });
      await waitFor(() => service.received() >= 1, 60_000);
      const before = service.received();
      const t0 = performance.now();
      await api.notifications.notify({ organisationId: org, recipients: ids, kind: 'crisis_alert' });
      const ok = await waitFor(() => service.received() >= before + staff, 120_000);
      push = { staff, lastDeliveryMs: ok ? round(performance.now() - t0) : null };
      log(`crisis alert pushed to ${staff} staff: last push after ${push.lastDeliveryMs} ms`);
    } finally {
      await api.app.close();
    }
  } finally {
    await service.stop();
    await smtp.stop();
    await db.drop();
  }
}
await stopBenchServer();

const small = digest[Math.min(...sizes)];
const large = digest[Math.max(...sizes)];
const growth = small && large && small.queueMs > 0 ? round(large.queueMs / small.queueMs) : null;
const sizeRatio = Math.max(...sizes) / Math.min(...sizes);
report(
  {
    name: 'outreach',
    command: commandLine(),
    machine: describeMachine(),
    quiet,
    parameters: { sizes, staff, deliver: a.deliver, notificationsPerMember: 5 },
    figures: { digest, alert, push },
    baseline: {},
    ratios: { digestGrowth: growth },
    targets: [
      target(
        `weekly digest queue time grows ≤ ${sizeRatio}× from ${Math.min(...sizes)} to ${Math.max(...sizes)} members`,
        growth,
        (g) => g <= sizeRatio,
      ),
      target(
        `crisis alert to ${staff} staff: last mail (ms, loopback; no target set)`,
        alert.lastDeliveryMs,
        () => true,
      ),
      target(
        `crisis alert pushed to ${staff} staff: last push (ms, loopback; no target set)`,
        push?.lastDeliveryMs ?? null,
        () => true,
      ),
    ],
    notes: [
      'The crisis alert is measured twice: by e-mail, and by web push (one pg-boss job per device, aes128gcm encryption and a VAPID signature each). Both are bound by the worker: one job per fetch, and pg-boss waits the polling interval after every fetch, so about 2 deliveries/s at OUTREACH_POLL_SECONDS=0.5.',
      'Digest figures are the time to gather and queue; --deliver adds the time until the SMTP server had every mail.',
    ],
    startedAt: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
  },
  [
    ...Object.values(digest).map(
      (d) =>
        `digest ${d.members}: queued ${d.queued} in ${d.queueMs} ms${d.deliverMs ? `, delivered in ${d.deliverMs} ms` : ''}`,
    ),
    `crisis alert to ${staff} staff: last mail after ${alert?.lastDeliveryMs ?? 'n/a'} ms`,
    `crisis alert pushed to ${staff} staff: last push after ${push?.lastDeliveryMs ?? 'n/a'} ms`,
  ],
);
process.exit(0);
