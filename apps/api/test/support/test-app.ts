import 'reflect-metadata';
import { expect } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { io, type Socket } from 'socket.io-client';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { ClientToServerEvents, ServerToClientEvents } from '@spiegel/domain';
import { createApp } from '../../src/app.factory.js';
import { createLogger } from '../../src/common/logger.js';
import { type AppConfig, loadConfig } from '../../src/config/config.js';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  origin: string;
  ds: DataSource;
  config: AppConfig;
  close: () => Promise<void>;
}

export function testDatabaseUrl(): string {
  const url = process.env.SPIEGEL_TEST_DB_URL;
  if (!url) throw new Error('SPIEGEL_TEST_DB_URL is not set: run the API tests through jest (globalSetup).');
  return url;
}

/** The real app on a free port, against this worker's database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    PUBLIC_ORIGIN: 'http://spiegel.test',
    WEB_DIST_DIR: '/nonexistent',
    ...env,
  });
  const app = await createApp(config, testDatabaseUrl(), createLogger(config.logLevel));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const ds = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    origin: config.publicOrigin,
    ds,
    config,
    close: () => app.close(),
  };
}

/** Empties every table but the migrations bookkeeping, between tests. */
export async function resetDatabase(ds: DataSource): Promise<void> {
  const rows = await ds.query<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
  );
  if (!rows.length) return;
  // Work a previous test started (a broadcast's follow-up query, the live-session refresh) may still hold
  // locks; on a busy machine TRUNCATE then loses a deadlock now and then. Try again, as PostgreSQL advises.
  for (let attempt = 1; ; attempt++) {
    try {
      await ds.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== '40P01' || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client: keeps cookies, sends the CSRF header and an Origin on changes. */
export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly origin: string,
  ) {}

  get csrf(): string | undefined {
    return this.cookies.get('spiegel_csrf');
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    options: { headers?: Record<string, string>; raw?: string | Uint8Array; csrf?: boolean } = {},
  ): Promise<HttpResult<T>> {
    if (method !== 'GET' && options.csrf !== false && !this.csrf)
      await this.request('GET', '/api/auth/session');
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (method !== 'GET' && options.csrf !== false) {
      headers['x-csrf-token'] = this.csrf ?? '';
      headers.origin ??= this.origin;
    }
    let payload: string | Uint8Array | undefined;
    if (options.raw !== undefined) payload = options.raw;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body ?? {});
  }
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async login(login: string, password: string): Promise<HttpResult> {
    return this.post('/api/auth/login', { login, password });
  }

  /** A socket.io client authenticated with this client's cookies. */
  socket(options: { origin?: string } = {}): Socket<ServerToClientEvents, ClientToServerEvents> {
    const extraHeaders: Record<string, string> = { cookie: this.cookieHeader() };
    if (options.origin) extraHeaders.origin = options.origin;
    return io(this.baseUrl, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders,
      reconnection: false,
      forceNew: true,
    });
  }
}

/** A client logged in as `m` on `t` (the log-in must succeed). */
export async function loggedIn(
  t: Pick<TestApp, 'url' | 'origin'>,
  m: { login: string; password: string },
): Promise<TestClient> {
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return c;
}
