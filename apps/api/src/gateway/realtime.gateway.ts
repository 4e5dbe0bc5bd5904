import { Inject, type OnModuleDestroy } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayInit,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Ack, RealtimeErrorCode } from '@spiegel/domain';
import { exceedsNestingDepth, MAX_INPUT_DEPTH } from '@spiegel/domain';
import { HttpException } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Subscription } from 'rxjs';
import type { z } from 'zod';
import { AppError } from '../common/app-error.js';
import { LOGGER } from '../common/logger.js';
import { parseCookieHeader, SESSION_COOKIE } from '../modules/auth/auth-cookies.js';
import { SessionRevocations } from '../modules/auth/session-revocations.js';
import { SessionService } from '../modules/auth/session.service.js';
import { ContributionReadsService } from '../modules/contributions/contribution-reads.service.js';
import { ContributionsService } from '../modules/contributions/contributions.service.js';
import { ReactionsService } from '../modules/contributions/reactions.service.js';
import { RoomAccessService } from '../modules/rooms/room-access.service.js';
import { type EventName, eventSchemas } from './event-schemas.js';
import { RealtimeEmitter, socketRooms } from '../realtime/realtime-emitter.js';
import { bindSocketEvents, SocketEvent, socketEventHandlers } from '../realtime/socket-events.js';
import type { SpiegelServer, SpiegelSocket } from '../realtime/socket-types.js';

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'RATE_LIMITED',
  'CONFLICT',
]);

/** The one gateway: authenticates the handshake with the session cookie and routes typed events. */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  @WebSocketServer() server: SpiegelServer;
  private subscription?: Subscription;
  /**
   * The `@SocketEvent` methods, bound by `bindSocketEvents` rather than with `@SubscribeMessage`: Nest's
   * per-event pipeline (its global guard and interceptor act on HTTP only) cost about 5 % of the API's CPU
   * per chat message. Each validates its payload and answers through `handle`.
   */
  private readonly handlers = socketEventHandlers(this);

  constructor(
    private readonly sessions: SessionService,
    private readonly revocations: SessionRevocations,
    private readonly emitter: RealtimeEmitter,
    private readonly access: RoomAccessService,
    private readonly contributions: ContributionsService,
    private readonly reads: ContributionReadsService,
    private readonly reactions: ReactionsService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  afterInit(server: SpiegelServer): void {
    this.emitter.attach(server);
    server.use((socket, next) => {
      const token = parseCookieHeader(socket.handshake.headers.cookie)[SESSION_COOKIE];
      this.sessions
        .resolve(token)
        .then((actor) => {
          if (!actor) return next(new Error('UNAUTHENTICATED'));
          // Researchers have no rooms and no live channel.
          if (actor.role === 'onderzoeker') return next(new Error('FORBIDDEN'));
          socket.data.actor = actor;
          next();
        })
        .catch(() => next(new Error('UNAVAILABLE')));
    });
    this.subscription = this.revocations.revoked$.subscribe(({ sessionIds }) =>
      this.emitter.disconnectSessions(sessionIds),
    );
  }

  async handleConnection(socket: SpiegelSocket): Promise<void> {
    // Before anything is awaited: at once, as Nest binds @SubscribeMessage handlers.
    bindSocketEvents(socket, this.handlers, this.logger);
    const actor = socket.data.actor;
    if (!actor) return;
    try {
      // The person's own channels first: a role change committed from here on reaches this socket
      // (reauthenticate). Then role and rooms read afresh, so one committed before is seen here.
      await socket.join([socketRooms.session(actor.sessionId), socketRooms.member(actor.membershipId)]);
      const { role, rooms } = await this.access.roomsOf(actor.membershipId);
      if (!role || role === 'onderzoeker') {
        socket.disconnect(true);
        return;
      }
      actor.role = role;
      await socket.join(
        rooms.flatMap((r) =>
          r.isHost
            ? [socketRooms.room(r.roomId), socketRooms.roomHosts(r.roomId)]
            : [socketRooms.room(r.roomId)],
        ),
      );
      socket.emit('session:ready', {
        membershipId: actor.membershipId,
        organisationId: actor.organisationId,
      });
    } catch (err) {
      this.logger.warn({ err: { message: (err as Error).message } }, 'socket setup failed');
      socket.disconnect(true);
    }
  }

  @SocketEvent('ping')
  ping(_socket: SpiegelSocket, payload: unknown) {
    return this.handle('ping', payload, () => ({ at: new Date().toISOString() }));
  }

  @SocketEvent('contribution:send')
  send(socket: SpiegelSocket, payload: unknown) {
    return this.handle('contribution:send', payload, (input) =>
      this.contributions.submit(socket.data.actor, input),
    );
  }

  @SocketEvent('contribution:edit')
  edit(socket: SpiegelSocket, payload: unknown) {
    return this.handle('contribution:edit', payload, (input) =>
      this.contributions.edit(socket.data.actor, input.id, input.body, input.title),
    );
  }

  @SocketEvent('contribution:delete')
  remove(socket: SpiegelSocket, payload: unknown) {
    return this.handle('contribution:delete', payload, async (input) => {
      await this.contributions.remove(socket.data.actor, input.id);
      return { id: input.id };
    });
  }

  @SocketEvent('contribution:setPhase')
  setPhase(socket: SpiegelSocket, payload: unknown) {
    return this.handle('contribution:setPhase', payload, (input) =>
      this.contributions.setPhase(socket.data.actor, input.id, input.phase),
    );
  }

  @SocketEvent('reaction:set')
  react(socket: SpiegelSocket, payload: unknown) {
    return this.handle('reaction:set', payload, (input) =>
      this.reactions.setReaction(socket.data.actor, input.contributionId, input.kind, input.on),
    );
  }

  @SocketEvent('catchup')
  catchup(socket: SpiegelSocket, payload: unknown) {
    return this.handle('catchup', payload, (input) => this.reads.catchUp(socket.data.actor, input));
  }

  /** Best effort: only to sockets already subscribed to the room, which only members are. */
  @SocketEvent('typing')
  typing(socket: SpiegelSocket, payload: unknown) {
    return this.handle('typing', payload, (input) => {
      const room = socketRooms.room(input.roomId);
      if (!socket.rooms.has(room))
        throw new AppError(404, 'NOT_FOUND', 'Deze ruimte bestaat niet, of je bent er geen lid van.');
      const a = socket.data.actor;
      socket
        .to(room)
        .except(socketRooms.member(a.membershipId))
        .emit('typing', {
          roomId: input.roomId,
          typing: input.typing,
          member: { membershipId: a.membershipId, displayName: a.displayName, avatarColor: a.avatarColor },
        });
      return null;
    });
  }

  @SocketEvent('room:read')
  read(socket: SpiegelSocket, payload: unknown) {
    return this.handle('room:read', payload, (input) =>
      this.reactions.markRead(socket.data.actor, input.roomId, input.seq),
    );
  }

  @SocketEvent('room:presence')
  presence(socket: SpiegelSocket, payload: unknown) {
    return this.handle('room:presence', payload, async (input) => {
      if (!socket.rooms.has(socketRooms.room(input.roomId))) {
        throw new AppError(404, 'NOT_FOUND', 'Deze ruimte bestaat niet, of je bent er geen lid van.');
      }
      return { online: await this.emitter.onlineIn(input.roomId) };
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  /** Validates, runs, and always answers with an Ack: bad input never crashes or disconnects. */
  private async handle<E extends EventName, T>(
    event: E,
    payload: unknown,
    fn: (input: z.infer<(typeof eventSchemas)[E]>) => T | Promise<T>,
  ): Promise<Ack<Awaited<T>>> {
    // The same limit as the HTTP body parser, before zod walks the payload.
    if (exceedsNestingDepth(payload))
      return {
        ok: false,
        error: {
          code: 'VALIDATION_FAILED',
          message: `De inhoud is te diep genest (meer dan ${MAX_INPUT_DEPTH} niveaus).`,
        },
      };
    const parsed = eventSchemas[event].safeParse(payload);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`);
      return {
        ok: false,
        error: {
          code: 'VALIDATION_FAILED',
          message: `Controleer de invoer: ${fields.slice(0, 5).join('; ')}`,
        },
      };
    }
    try {
      return { ok: true, data: await fn(parsed.data as z.infer<(typeof eventSchemas)[E]>) };
    } catch (err) {
      if (err instanceof AppError && KNOWN_CODES.has(err.code)) {
        return { ok: false, error: { code: err.code as RealtimeErrorCode, message: err.message } };
      }
      if (err instanceof HttpException && err.getStatus() < 500) {
        return { ok: false, error: { code: 'VALIDATION_FAILED', message: 'Het verzoek klopt niet.' } };
      }
      this.logger.error(
        { event, err: { name: (err as Error).name, message: (err as Error).message } },
        'socket handler failed',
      );
      return {
        ok: false,
        error: { code: 'INTERNAL_ERROR', message: 'Er ging iets mis aan onze kant. Probeer het opnieuw.' },
      };
    }
  }
}
