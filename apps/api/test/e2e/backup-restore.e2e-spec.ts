import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import type { ContributionView, SendContributionResult } from '@spiegel/domain';
import { createApp } from '../../src/app.factory.js';
import { createLogger } from '../../src/common/logger.js';
import { loadConfig } from '../../src/config/config.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import {
  resetDatabase,
  startTestApp,
  type TestApp,
  TestClient,
  testDatabaseUrl,
} from '../support/test-app.js';

/** The deployment CLI, run as an operator would: the built script against real databases. */
const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/database/cli.js');

let t: TestApp;
let restored: NestExpressApplication | undefined;
let dir: string;
const sourceUrl = () => testDatabaseUrl();
const restoredName = () => `${new URL(sourceUrl()).pathname.slice(1)}_restored`;
const restoredUrl = () => {
  const u = new URL(sourceUrl());
  u.pathname = `/${restoredName()}`;
  return u.toString();
};

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const u = new URL(sourceUrl());
  u.pathname = '/postgres';
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

function cli(
  args: string[],
  url: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: url } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function clientFor(base: string, origin: string, m: TestMember): Promise<TestClient> {
  const c = new TestClient(base, origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return c;
}

/** Every contribution of a room, by catch-up from seq 0. */
async function allOf(c: TestClient, roomId: string): Promise<ContributionView[]> {
  const items: ContributionView[] = [];
  let after = 0;
  for (;;) {
    const res = await c.get<{ items: ContributionView[]; hasMore: boolean; lastSeq: number }>(
      `/api/rooms/${roomId}/contributions?after=${after}&limit=100`,
    );
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    if (!res.body.hasMore || !res.body.items.length) return items;
    after = res.body.items[res.body.items.length - 1]!.seq;
  }
}

const send = (c: TestClient, roomId: string, body: string) =>
  c.post<SendContributionResult>(`/api/rooms/${roomId}/contributions`, {
    clientId: clientId(),
    kind: 'message',
    body,
  });

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first.`);
  t = await startTestApp({ SEND_LIMIT_PER_USER: '100000', SEND_LIMIT_PER_ROOM: '100000' });
  await resetDatabase(t.ds);
  dir = mkdtempSync(path.join(os.tmpdir(), 'spiegel-backup-test-'));
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${restoredName()}" WITH (FORCE)`));
});
afterAll(async () => {
  await restored?.close();
  await t.close();
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${restoredName()}" WITH (FORCE)`));
  rmSync(dir, { recursive: true, force: true });
});

// Each step runs the CLI as a separate process (a few seconds each on a busy machine), and pg_dump/pg_restore.
jest.setTimeout(240_000);

describe('backup and restore', () => {
  it('should restore a backup taken under traffic with the same rooms, contributions and sequence numbers, and continue the sequence', async () => {
    const org = await buildOrganisation(t.ds);
    const anna = await buildMember(t.ds, org.id, 'facilitator', { displayName: 'Anna' });
    const bram = await buildMember(t.ds, org.id, 'participant', { displayName: 'Bram' });
    const rooms = [
      (await buildRoom(t.ds, org.id, [anna.membershipId, bram.membershipId], 'group', 'Groep Voorjaar')).id,
      (await buildRoom(t.ds, org.id, [anna.membershipId, bram.membershipId], 'group', 'Groep Najaar')).id,
    ];
    const a = await clientFor(t.url, t.origin, anna);
    const b = await clientFor(t.url, t.origin, bram);
    for (let i = 0; i < 10; i++)
      for (const r of rooms) expect((await send(i % 2 ? a : b, r, `Voor de back-up ${i}`)).status).toBe(201);

    // Traffic: each person sends on in each room while the dump runs.
    const acked: { roomId: string; id: string; seq: number; at: number }[] = [];
    let stop = false;
    const senders = [a, b].flatMap((c, ci) =>
      rooms.map(async (roomId) => {
        for (let i = 0; !stop; i++) {
          const res = await send(c, roomId, `Tijdens de back-up ${ci}-${i}`);
          expect(res.status).toBe(201);
          acked.push({
            roomId,
            id: res.body.contribution.id,
            seq: res.body.contribution.seq,
            at: Date.now(),
          });
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    const file = path.join(dir, 'spiegel.dump');
    const dumpStarted = Date.now();
    const ackedBeforeDump = acked.length;
    const dump = await cli(['backup', file], sourceUrl());
    const dumpEnded = Date.now();
    await new Promise((r) => setTimeout(r, 200));
    stop = true;
    await Promise.all(senders);
    expect(dump.stderr).toBe('');
    expect(dump.status).toBe(0);
    expect(dump.stdout).toContain('DATABASE_URL');
    expect(dump.stdout).not.toContain(sourceUrl());
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // Sends really went on while pg_dump ran.
    expect(acked.filter((x) => x.at > dumpStarted && x.at < dumpEnded).length).toBeGreaterThan(0);

    // Into an empty database only.
    const refused = await cli(['restore', file], sourceUrl());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('not empty');
    await admin((c) => c.query(`CREATE DATABASE "${restoredName()}" TEMPLATE template0`));
    const restore = await cli(['restore', file], restoredUrl());
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);

    // The restored instance, on its own database.
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      PUBLIC_ORIGIN: 'http://spiegel.test',
      WEB_DIST_DIR: '/nonexistent',
    });
    restored = await createApp(config, restoredUrl(), createLogger(config.logLevel));
    await restored.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(restored.getHttpServer().address() as AddressInfo).port}`;
    const ra = await clientFor(url, config.publicOrigin, anna);

    const roomIds = (c: TestClient) =>
      c
        .get<{ id: string; name: string }[]>('/api/rooms')
        .then((r) => r.body.map((x) => `${x.id} ${x.name}`).sort());
    expect(await roomIds(ra)).toEqual(await roomIds(a));

    let restoredTotal = 0;
    for (const roomId of rooms) {
      const before = await allOf(a, roomId);
      const after = await allOf(ra, roomId);
      restoredTotal += after.length;
      // A prefix of the live room: seq 1..n without gaps, each identical to the original.
      expect(after.map((c) => c.seq)).toEqual(after.map((_, i) => i + 1));
      expect(after).toEqual(before.slice(0, after.length));
      // Everything acknowledged before the dump started is there.
      const committed = [...acked.slice(0, ackedBeforeDump).filter((x) => x.roomId === roomId)];
      expect(after.length).toBeGreaterThanOrEqual(10 + committed.length);
      const ids = new Set(after.map((c) => c.id));
      for (const x of committed) expect(ids.has(x.id)).toBe(true);

      // New sends continue the sequence: no gap, no duplicate.
      const next = await Promise.all([
        send(ra, roomId, 'Na het herstel 1'),
        send(ra, roomId, 'Na het herstel 2'),
      ]);
      expect(next.map((r) => r.status)).toEqual([201, 201]);
      expect(next.map((r) => r.body.contribution.seq).sort((x, y) => x - y)).toEqual([
        after.length + 1,
        after.length + 2,
      ]);
      expect((await allOf(ra, roomId)).map((c) => c.seq)).toEqual(
        after.map((_, i) => i + 1).concat([after.length + 1, after.length + 2]),
      );
    }
    // Some of the traffic during the dump is in it, some is not: the snapshot really cut through it.
    expect(restoredTotal).toBeGreaterThan(20);
  });

  it('should refuse a missing file and a file that exists already, with a clear message', async () => {
    const missing = await cli(['restore', path.join(dir, 'nope.dump')], sourceUrl());
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('does not exist');
    const file = path.join(dir, 'twice.dump');
    expect((await cli(['backup', file], sourceUrl())).status).toBe(0);
    const again = await cli(['backup', file], sourceUrl());
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists already');
    const none = spawnSync(process.execPath, [CLI, 'backup'], {
      env: { ...process.env, DATABASE_URL: sourceUrl() },
      encoding: 'utf8',
    });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('needs a file name');
  });
});
