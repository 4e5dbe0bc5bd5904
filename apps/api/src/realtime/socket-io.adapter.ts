import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import pg from 'pg';
import { createClient } from 'redis';
import type { Server, ServerOptions, Socket } from 'socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import type { Observable } from 'rxjs';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { coalesceFrames, type EngineConnection } from './coalesced-frames.js';
import { adapterInstalled } from './realtime-emitter.js';
import { skipOwnEcho } from './redis-own-echo.js';
import { originAllowed } from './socket-auth.js';

/**
 * socket.io on the API's own port, Origin-checked, and scaled out across instances through Redis
 * when REDIS_URL is set, else through PostgreSQL (LISTEN/NOTIFY), which every deployment has.
 */
export class SpiegelIoAdapter extends IoAdapter {
  private readonly closers: (() => Promise<void>)[] = [];
  private attaching: Promise<void> = Promise.resolve();
  private closing = false;

  constructor(
    app: INestApplicationContext,
    private readonly spiegelConfig: AppConfig,
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...(options as ServerOptions),
      path: '/socket.io',
      serveClient: false,
      allowRequest: originAllowed(this.spiegelConfig),
      // Far above the largest legitimate event (a 20,000-character story); larger frames close the connection.
      maxHttpBufferSize: 1024 * 1024,
      pingInterval: 20_000,
      pingTimeout: 20_000,
    } satisfies Partial<ServerOptions> as ServerOptions) as Server;
    server.engine.on('connection', (connection: EngineConnection) => coalesceFrames(connection));
    this.attaching = this.attachAdapter(server).catch((err: Error) =>
      this.log.error({ err: { message: err.message } }, 'socket.io adapter could not attach'),
    );
    return server;
  }

  private async attachAdapter(server: Server): Promise<void> {
    // While shutting down, the database may go away before the adapter's last connection does.
    const onError = (err: Error) => {
      if (!this.closing) this.log.warn({ err: { message: err.message } }, 'socket.io adapter error');
    };
    if (this.spiegelConfig.redisUrl) {
      const pub = createClient({ url: this.spiegelConfig.redisUrl });
      const sub = pub.duplicate();
      pub.on('error', onError);
      sub.on('error', onError);
      await Promise.all([pub.connect(), sub.connect()]);
      const redisAdapter = createRedisAdapter(pub, sub);
      // A plain function: socket.io calls it with `new` for each namespace.
      server.adapter(function (this: unknown, nsp: Parameters<typeof redisAdapter>[0]) {
        return skipOwnEcho(redisAdapter(nsp));
      } as unknown as typeof redisAdapter);
      adapterInstalled(server);
      this.closers.push(async () => {
        await Promise.allSettled([pub.quit(), sub.quit()]);
      });
      this.log.info('socket.io: Redis adapter');
    } else {
      // Every broadcast is a NOTIFY, and socket.io delivers to local sockets only after it returns. A
      // notification is gone after a crash anyway, so its commit need not wait for the WAL flush (an fsync).
      const pool = new pg.Pool({
        connectionString: this.databaseUrl,
        max: 2,
        options: '-c synchronous_commit=off',
      });
      pool.on('error', onError);
      server.adapter(
        createPostgresAdapter(pool, { errorHandler: onError, tableName: 'socket_io_attachments' }),
      );
      adapterInstalled(server);
      this.closers.push(() => pool.end());
      this.log.info('socket.io: PostgreSQL adapter');
    }
  }

  /**
   * Nest's own binding builds an rxjs pipeline per event per socket (fromEvent, mergeMap, takeUntil): about
   * 40 KiB for each connection with our nine events. Plain listeners do the same (every handler runs at
   * once, its answer goes to the ack, nothing is sent after a disconnect, a failure is logged) for ~1 KiB.
   */
  override bindMessageHandlers(
    socket: Socket,
    handlers: MessageMappingProperties[],
    transform: (data: unknown) => Observable<unknown>,
  ): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(message as string, (...args: unknown[]) => {
        const { data, ack } = this.mapPayload(args.length === 1 ? args[0] : args) as {
          data: unknown;
          ack?: (response: unknown) => void;
        };
        let result: Observable<unknown>;
        try {
          result = transform(callback(data, ack));
        } catch (err) {
          this.log.error({ err: { message: (err as Error).message } }, 'socket handler threw');
          return;
        }
        result.subscribe({
          next: (response) => {
            if (response === null || response === undefined || !socket.connected) return;
            const r = response as { event?: string; data?: unknown };
            if (r.event) socket.emit(r.event, r.data);
            else if (!isAckHandledManually && typeof ack === 'function') ack(response);
          },
          error: (err: Error) => this.log.error({ err: { message: err.message } }, 'socket handler failed'),
        });
      });
    }
  }

  override async close(server: Server): Promise<void> {
    this.closing = true;
    // An adapter still attaching would take its connections after we closed: wait for it first.
    await this.attaching;
    await super.close(server);
    // The PostgreSQL adapter can still be taking its LISTEN connection when a very short-lived
    // server closes; never let shutdown hang on it.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(this.closers.map((c) => c())),
      new Promise((resolve) => (timer = setTimeout(resolve, 2000).unref())),
    ]);
    clearTimeout(timer);
  }
}
