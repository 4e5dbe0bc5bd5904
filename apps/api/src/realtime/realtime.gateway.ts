import { Inject, type OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '@spiegel/domain';
import type { Logger } from 'pino';
import type { Subscription } from 'rxjs';
import type { Server, Socket } from 'socket.io';
import type { Actor } from '../common/actor.js';
import { LOGGER } from '../common/logger.js';
import { parseCookieHeader, SESSION_COOKIE } from '../modules/auth/auth-cookies.js';
import { SessionRevocations } from '../modules/auth/session-revocations.js';
import { SessionService } from '../modules/auth/session.service.js';

export interface SocketData {
  actor: Actor;
}
export type SpiegelServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export type SpiegelSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

/** Socket.io room names: the only place they are spelled. */
export const socketRooms = {
  session: (id: string) => `session:${id}`,
  member: (id: string) => `member:${id}`,
};

/** The one gateway: authenticates the handshake with the session cookie and routes typed events. */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  @WebSocketServer() server: SpiegelServer;
  private subscription?: Subscription;

  constructor(
    private readonly sessions: SessionService,
    private readonly revocations: SessionRevocations,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  afterInit(server: SpiegelServer): void {
    server.use((socket, next) => {
      const token = parseCookieHeader(socket.handshake.headers.cookie)[SESSION_COOKIE];
      this.sessions
        .resolve(token)
        .then((actor) => {
          if (!actor) return next(new Error('UNAUTHENTICATED'));
          socket.data.actor = actor;
          next();
        })
        .catch(() => next(new Error('UNAVAILABLE')));
    });
    this.subscription = this.revocations.revoked$.subscribe(({ sessionIds }) => {
      for (const id of sessionIds) {
        const room = socketRooms.session(id);
        // Works across instances through the adapter.
        server.to(room).emit('session:revoked');
        server.in(room).disconnectSockets(true);
      }
    });
  }

  async handleConnection(socket: SpiegelSocket): Promise<void> {
    const actor = socket.data.actor;
    await socket.join([socketRooms.session(actor.sessionId), socketRooms.member(actor.membershipId)]);
    socket.emit('session:ready', { membershipId: actor.membershipId, organisationId: actor.organisationId });
  }

  @SubscribeMessage('ping')
  ping(@ConnectedSocket() _socket: SpiegelSocket, @MessageBody() _payload: unknown): Ack<{ at: string }> {
    return { ok: true, data: { at: new Date().toISOString() } };
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
    this.logger.debug('realtime gateway stopped');
  }
}
