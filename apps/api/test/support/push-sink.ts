import { createECDH, randomBytes, type ECDH } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decrypt } from 'http_ece';

/** A browser's side of one push subscription: its own key pair and auth secret, made in the test. */
export class FakeDevice {
  readonly ecdh: ECDH = createECDH('prime256v1');
  readonly auth = randomBytes(16).toString('base64url');
  readonly p256dh: string;
  constructor(readonly endpoint: string) {
    this.p256dh = this.ecdh.generateKeys().toString('base64url');
  }

  subscription(label = 'Testtelefoon') {
    return { endpoint: this.endpoint, keys: { p256dh: this.p256dh, auth: this.auth }, label };
  }

  /** Decrypts a received body as the browser would (RFC 8291, aes128gcm). */
  open(body: Buffer): unknown {
    return JSON.parse(
      decrypt(body, { version: 'aes128gcm', privateKey: this.ecdh, authSecret: this.auth }).toString('utf8'),
    );
  }
}

export interface ReceivedPush {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  at: number;
}

/**
 * A push service on loopback: records every POST. Paths decide the answer: /gone/* → 410,
 * /flaky/* → 500 for the first `flakyFailures` requests of that path, then 201; anything else → 201.
 */
export class PushSink {
  readonly received: ReceivedPush[] = [];
  flakyFailures = 2;
  private readonly attempts = new Map<string, number>();
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        const n = (this.attempts.get(path) ?? 0) + 1;
        this.attempts.set(path, n);
        if (path.startsWith('/gone/')) {
          res.writeHead(410).end();
          return;
        }
        if (path.startsWith('/flaky/') && n <= this.flakyFailures) {
          res.writeHead(500).end();
          return;
        }
        this.received.push({ path, headers: req.headers, body: Buffer.concat(chunks), at: Date.now() });
        res.writeHead(201).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  attemptsAt(path: string): number {
    return this.attempts.get(path) ?? 0;
  }

  at(path: string): ReceivedPush[] {
    return this.received.filter((r) => r.path === path);
  }

  reset(): void {
    this.received.length = 0;
    this.attempts.clear();
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
