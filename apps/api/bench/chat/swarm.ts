import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { ContributionView } from '@spiegel/domain';
import { io, type Socket } from 'socket.io-client';
import { sessionCookie } from '../lib/accounts.js';
import { postgresCpuSeconds } from '../lib/machine.js';
import { type Child, sleep } from '../lib/processes.js';
import { round, summarize, type LatencySummary } from '../lib/stats.js';
import { ROOM_SIZE, type ChatMember } from './seed.js';

/** Short, ordinary messages (no crisis words): what most of a group's conversation looks like. */
const BODIES = [
  'Ik herken wat je zegt, bij mij ging het vorige week net zo.',
  'Dank je dat je dit deelt. Hoe gaat het nu met je?',
  'Vandaag een goede dag gehad, even buiten gewandeld.',
  'Wat hielp jou toen het zo zwaar was?',
  'Ik vond het fijn om te horen dat ik niet de enige ben.',
  'Morgen weer een sessie, ik kijk ernaar uit.',
  'Soms weet ik niet zo goed wat ik moet zeggen, maar ik lees mee.',
  'Mooi verwoord. Dat geeft me moed.',
];

export type Target = { kind: 'api' | 'relay'; instances: Child[] };

interface Sent {
  t0: number;
  sender: number;
  senderInstance: number;
  /** Bit per room slot that received it. */
  received: number;
  acked: boolean;
  failed: boolean;
}

export interface PhaseFigures {
  ratePerSecond: number;
  seconds: number;
  sent: number;
  acked: number;
  /** Deliveries per second to other members (the fan-out). */
  deliveriesPerSecond: number;
  ackedPerSecond: number;
  latencyMs: LatencySummary;
  ackLatencyMs: LatencySummary;
  /** Only with several instances: deliveries where sender and receiver sat on the same / another instance. */
  sameInstanceMs?: LatencySummary;
  crossInstanceMs?: LatencySummary;
  errors: number;
  errorCodes: Record<string, number>;
  lost: number;
  duplicates: number;
  disconnects: number;
  loadGeneratorLagP99Ms: number;
  rssMiB: number[];
  /** CPU of the target process(es), per second of the window (100 = one core). */
  cpuPercent: number[];
  /** CPU time of the target process(es) over the window divided by the messages sent in it (ms). */
  cpuMsPerMessage: number;
  /** CPU of all PostgreSQL processes on the machine (others' tests included, if any). */
  postgresCpuPercent: number[];
}

/**
 * The load generator: every socket of the swarm lives in this one process, so a message's send time
 * and its arrival at each other member of the room are read from the same clock.
 */
export class Swarm {
  readonly sockets: (Socket | undefined)[] = [];
  private sent = new Map<string, Sent>();
  private latencies: number[] = [];
  private same: number[] = [];
  private cross: number[] = [];
  private ackLatencies: number[] = [];
  private duplicates = 0;
  private disconnects = 0;
  private errorCodes = new Map<string, number>();
  private timers: NodeJS.Timeout[] = [];
  private recording = false;

  constructor(
    readonly members: ChatMember[],
    readonly target: Target,
  ) {}

  private instanceOf(i: number): number {
    return i % this.target.instances.length;
  }

  /** Connects members [0, count) with at most `concurrency` handshakes in flight; resolves with failures. */
  async connect(
    count: number,
    concurrency = 100,
  ): Promise<{ connected: number; failed: number; seconds: number }> {
    const started = performance.now();
    let next = 0;
    let failed = 0;
    const worker = async () => {
      while (next < count) {
        const i = next++;
        if (!(await this.open(i))) failed++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
    return {
      connected: count - failed,
      failed,
      seconds: round((performance.now() - started) / 1000),
    };
  }

  private open(i: number): Promise<boolean> {
    const m = this.members[i]!;
    const instance = this.target.instances[this.instanceOf(i)]!;
    const socket = io(instance.url, {
      path: '/socket.io',
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 30_000,
      ...(this.target.kind === 'api'
        ? { extraHeaders: { cookie: sessionCookie(m.token) } }
        : { query: { room: String(m.room), member: m.membershipId } }),
    });
    this.sockets[i] = socket;
    socket.on('contribution:new', (c: ContributionView) => this.receive(i, c));
    socket.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') this.disconnects++;
    });
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), 60_000);
      socket.once('session:ready', () => {
        clearTimeout(timer);
        resolve(true);
      });
      socket.once('connect_error', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
  }

  private receive(i: number, c: ContributionView): void {
    const now = performance.now();
    const s = this.sent.get(c.clientId);
    if (!s || s.sender === i) return;
    const bit = 1 << this.members[i]!.slot;
    if (s.received & bit) {
      this.duplicates++;
      return;
    }
    s.received |= bit;
    if (!this.recording) return;
    const ms = now - s.t0;
    this.latencies.push(ms);
    if (this.target.instances.length > 1) {
      (s.senderInstance === this.instanceOf(i) ? this.same : this.cross).push(ms);
    }
  }

  private send(i: number): void {
    const socket = this.sockets[i];
    const m = this.members[i]!;
    if (!socket?.connected) {
      this.count('not_connected');
      return;
    }
    const clientId = randomUUID();
    const s: Sent = {
      t0: performance.now(),
      sender: i,
      senderInstance: this.instanceOf(i),
      received: 0,
      acked: false,
      failed: false,
    };
    this.sent.set(clientId, s);
    const body = BODIES[(i + this.sent.size) % BODIES.length]!;
    socket
      .timeout(15_000)
      .emit(
        'contribution:send',
        { clientId, roomId: this.target.kind === 'api' ? m.roomId : String(m.room), kind: 'message', body },
        (err: Error | null, ack?: { ok: boolean; error?: { code: string } }) => {
          if (err || !ack) {
            s.failed = true;
            this.count('ack_timeout');
          } else if (!ack.ok) {
            s.failed = true;
            this.count(ack.error?.code ?? 'unknown');
          } else {
            s.acked = true;
            if (this.recording) this.ackLatencies.push(performance.now() - s.t0);
          }
        },
      );
  }

  private count(code: string): void {
    this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + 1);
  }

  private reset(): void {
    this.sent = new Map();
    this.latencies = [];
    this.same = [];
    this.cross = [];
    this.ackLatencies = [];
    this.duplicates = 0;
    this.disconnects = 0;
    this.errorCodes = new Map();
  }

  /**
   * Open loop, like people: `ratePerSecond` messages spread evenly over the `senders` first members, each
   * sending on its own fixed interval with a random phase, whatever the answers. A warm-up is sent and
   * discarded first; after the window, waits (at most `drainSeconds`) for acks and deliveries.
   */
  async run(opts: {
    ratePerSecond: number;
    seconds: number;
    senders: number;
    warmupSeconds?: number;
    drainSeconds?: number;
    onSample?: () => void;
  }): Promise<PhaseFigures> {
    const { ratePerSecond, seconds, senders } = opts;
    const warmup = opts.warmupSeconds ?? 3;
    const intervalMs = (senders / ratePerSecond) * 1000;
    this.reset();
    this.recording = false;
    for (let i = 0; i < senders; i++) {
      const first = setTimeout(() => {
        this.send(i);
        this.timers.push(setInterval(() => this.send(i), intervalMs));
      }, Math.random() * intervalMs);
      this.timers.push(first);
    }
    await sleep(warmup * 1000);
    this.reset();
    this.recording = true;
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const rss: number[] = [];
    const cpu: number[] = [];
    const pgCpu: number[] = [];
    let lastCpu = this.target.instances.map((c) => c.cpu() ?? 0);
    const firstCpu = lastCpu.reduce((x, y) => x + y, 0);
    let lastPg = postgresCpuSeconds();
    let lastAt = performance.now();
    const sampler = setInterval(() => {
      const now = performance.now();
      const cpus = this.target.instances.map((c) => c.cpu() ?? 0);
      const elapsed = (now - lastAt) / 1000;
      cpu.push(round((cpus.reduce((s, c, k) => s + c - lastCpu[k]!, 0) / elapsed) * 100, 0));
      const pgNow = postgresCpuSeconds();
      pgCpu.push(round(((pgNow - lastPg) / elapsed) * 100, 0));
      lastPg = pgNow;
      lastCpu = cpus;
      lastAt = now;
      rss.push(this.target.instances.reduce((s, c) => s + (c.rss() ?? 0), 0));
      opts.onSample?.();
    }, 1000);
    const windowStart = performance.now();
    await sleep(seconds * 1000);
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    const windowSeconds = (performance.now() - windowStart) / 1000;
    const windowCpu = this.target.instances.reduce((x, c) => x + (c.cpu() ?? 0), 0) - firstCpu;
    const sentInWindow = this.sent.size;
    clearInterval(sampler);
    lag.disable();
    // Drain: every send answered, every acknowledged message delivered to the rest of its room.
    const drainUntil = Date.now() + (opts.drainSeconds ?? 15) * 1000;
    const full = (1 << ROOM_SIZE) - 1;
    const done = () =>
      [...this.sent.values()].every(
        (s) =>
          s.failed ||
          (s.acked && (s.received | (1 << this.members[s.sender]!.slot)) === this.roomMask(s, full)),
      );
    while (!done() && Date.now() < drainUntil) await sleep(100);
    this.recording = false;

    let acked = 0;
    let lost = 0;
    for (const s of this.sent.values()) {
      if (!s.acked) continue;
      acked++;
      const expected = this.roomMask(s, full) & ~(1 << this.members[s.sender]!.slot);
      lost += popcount(expected & ~s.received);
    }
    const errors = [...this.errorCodes.values()].reduce((a, b) => a + b, 0);
    return {
      ratePerSecond,
      seconds: round(windowSeconds, 1),
      sent: this.sent.size,
      acked,
      deliveriesPerSecond: round(this.latencies.length / windowSeconds, 0),
      ackedPerSecond: round(acked / windowSeconds, 1),
      latencyMs: summarize(this.latencies),
      ackLatencyMs: summarize(this.ackLatencies),
      ...(this.target.instances.length > 1
        ? { sameInstanceMs: summarize(this.same), crossInstanceMs: summarize(this.cross) }
        : {}),
      errors,
      errorCodes: Object.fromEntries(this.errorCodes),
      lost,
      duplicates: this.duplicates,
      disconnects: this.disconnects,
      loadGeneratorLagP99Ms: round(lag.percentile(99) / 1e6),
      rssMiB: rss,
      cpuPercent: cpu,
      cpuMsPerMessage: round((windowCpu * 1000) / Math.max(1, sentInWindow), 3),
      postgresCpuPercent: pgCpu,
    };
  }

  /** The slots of the sender's room that are connected (a smaller last room has fewer). */
  private roomMask(s: Sent, full: number): number {
    const room = this.members[s.sender]!.room;
    let mask = 0;
    for (let slot = 0; slot < ROOM_SIZE; slot++) {
      const i = room * ROOM_SIZE + slot;
      if (i < this.sockets.length && this.sockets[i]?.connected) mask |= 1 << slot;
    }
    return mask & full;
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    for (const s of this.sockets) s?.disconnect();
    this.sockets.length = 0;
    await sleep(500);
  }
}

function popcount(n: number): number {
  let c = 0;
  for (let x = n; x; x &= x - 1) c++;
  return c;
}
