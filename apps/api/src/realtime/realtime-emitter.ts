import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ContributionView, ServerToClientEvents } from '@spiegel/domain';
import type { InterServerEvents, SpiegelServer } from './socket-types.js';

const ROOM = 'room:';
const HOSTS = ':hosts';

/**
 * Socket.io room names: the only place they are spelled and parsed. The gateway joins sockets to them;
 * services address people through the emitter's methods below (`toRoom`, `toRoomViewers`, `toMember`, …).
 */
export const socketRooms = {
  session: (id: string) => `session:${id}`,
  member: (id: string) => `member:${id}`,
  room: (id: string) => `${ROOM}${id}`,
  roomHosts: (id: string) => `${ROOM}${id}${HOSTS}`,
  /** A room's id when `name` is its host channel (`roomHosts`), else null. */
  hostsRoomOf: (name: string): string | null =>
    name.length > ROOM.length + HOSTS.length && name.startsWith(ROOM) && name.endsWith(HOSTS)
      ? name.slice(ROOM.length, -HOSTS.length)
      : null,
};

type Listener = () => void;

const listeners = new WeakMap<object, Set<Listener>>();

/**
 * Calls `listener` now and each time `server` (a socket.io server) gets a new adapter (`adapterInstalled`, called by
 * `SpiegelIoAdapter` right after it installs the Redis or PostgreSQL adapter), so hooks on the
 * namespace's adapter follow the one in use without polling. Returns how to stop.
 */
export function onAdapterInstalled(server: object, listener: Listener): () => void {
  let set = listeners.get(server);
  if (!set) listeners.set(server, (set = new Set()));
  set.add(listener);
  listener();
  return () => set.delete(listener);
}

/** `server`'s namespaces now use a new adapter (`server.adapter(…)` was just called). */
export function adapterInstalled(server: object): void {
  for (const listener of listeners.get(server) ?? []) listener();
}

/** The first host socket of a room arrived on this instance (true), or its last one left (false). */
export type LocalHostsListener = (roomId: string, present: boolean) => void;

type EventArgs<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>;

/**
 * How services talk to connected clients, without depending on the gateway. All calls go through
 * the socket.io adapter, so they reach sockets on every API instance.
 */
@Injectable()
export class RealtimeEmitter implements OnModuleDestroy {
  private server?: SpiegelServer;
  private readonly hostListeners: LocalHostsListener[] = [];
  private readonly interServer: { event: keyof InterServerEvents; handler: (...args: never[]) => void }[] =
    [];
  private hooked?: object;
  private stopFollowing?: () => void;

  attach(server: SpiegelServer): void {
    this.server = server;
    for (const { event, handler } of this.interServer) server.on(event, handler as never);
    // The cluster adapter (Redis or PostgreSQL) replaces the namespace's adapter once it has connected,
    // shortly after start: follow it, so the local host-room hooks sit on the adapter in use.
    this.stopFollowing = onAdapterInstalled(server, () => this.hookAdapter());
  }

  onModuleDestroy(): void {
    this.stopFollowing?.();
  }

  /**
   * Tells `listener` when this instance's first host socket of a room arrives and when its last one
   * leaves (joins and leaves of any kind: handshake, added to a room, removed, disconnected). Local only
   * and free: read from the adapter's own room bookkeeping, no network.
   */
  onLocalHosts(listener: LocalHostsListener): void {
    this.hostListeners.push(listener);
    for (const roomId of this.localHostRooms()) listener(roomId, true);
  }

  /** The rooms with at least one host socket on this instance. */
  localHostRooms(): string[] {
    const rooms = this.server?.of('/').adapter.rooms;
    if (!rooms) return [];
    const ids: string[] = [];
    for (const name of rooms.keys()) {
      const id = socketRooms.hostsRoomOf(name);
      if (id) ids.push(id);
    }
    return ids;
  }

  /** The room's host sockets on this instance only (each instance serves its own). */
  toLocalHosts<E extends keyof ServerToClientEvents>(roomId: string, event: E, ...args: EventArgs<E>): void {
    this.server?.local.to(socketRooms.roomHosts(roomId)).emit(event, ...args);
  }

  /** To every other API instance, through the adapter (not to this one, and never to clients). */
  toOtherInstances<E extends keyof InterServerEvents>(
    event: E,
    ...args: Parameters<InterServerEvents[E]>
  ): void {
    this.server?.serverSideEmit(event, ...args);
  }

  /** What other instances send with `toOtherInstances`. */
  onOtherInstances<E extends keyof InterServerEvents>(event: E, handler: InterServerEvents[E]): void {
    this.interServer.push({ event, handler: handler as (...args: never[]) => void });
    this.server?.on(event, handler as never);
  }

  private hookAdapter(): void {
    const adapter = this.server?.of('/').adapter;
    if (!adapter || adapter === this.hooked) return;
    this.hooked = adapter;
    const tell = (present: boolean) => (name: string) => {
      const id = socketRooms.hostsRoomOf(name);
      if (id) for (const l of this.hostListeners) l(id, present);
    };
    adapter.on('create-room', tell(true));
    adapter.on('delete-room', tell(false));
    // Rooms that existed on the adapter this one replaced (none in practice: sockets come after it).
    for (const id of this.localHostRooms()) for (const l of this.hostListeners) l(id, true);
  }

  /** Everyone who has a room open (its members' sockets). */
  toRoom<E extends keyof ServerToClientEvents>(roomId: string, event: E, ...args: EventArgs<E>): void {
    this.toRooms([socketRooms.room(roomId)], event, ...args);
  }

  /**
   * A contribution in two versions: `staffView` to the room's hosts and to `authorId` (who see tags and
   * flags), `publicView` to everyone else in the room.
   */
  toRoomViewers(
    roomId: string,
    authorId: string,
    event: 'contribution:new' | 'contribution:updated',
    publicView: ContributionView,
    staffView: ContributionView,
  ): void {
    const privileged = [socketRooms.roomHosts(roomId), socketRooms.member(authorId)];
    this.toRoomsExcept([socketRooms.room(roomId)], privileged, event, publicView);
    this.toRooms(privileged, event, staffView);
  }

  /** The room's hosts (facilitators and admins in it), and `alsoTo` members (e.g. the author). */
  toRoomStaff<E extends keyof ServerToClientEvents>(
    roomId: string,
    alsoTo: string[],
    event: E,
    ...args: EventArgs<E>
  ): void {
    this.toRooms([socketRooms.roomHosts(roomId), ...alsoTo.map(socketRooms.member)], event, ...args);
  }

  /** Every open socket of each of these members. */
  toMembers<E extends keyof ServerToClientEvents>(
    membershipIds: string[],
    event: E,
    ...args: EventArgs<E>
  ): void {
    this.toRooms(membershipIds.map(socketRooms.member), event, ...args);
  }

  /**
   * Low level, by socket room name; for the one caller not yet moved to the methods above (insight's live
   * panel, which can use `toRoomStaff(roomId, [], …)`). New code addresses rooms and members, never names.
   */
  toRooms<E extends keyof ServerToClientEvents>(rooms: string[], event: E, ...args: EventArgs<E>): void {
    if (!this.server || rooms.length === 0) return;
    this.server.to(rooms).emit(event, ...args);
  }

  /** To everyone in `rooms` except sockets in `except` (who get their own version). */
  toRoomsExcept<E extends keyof ServerToClientEvents>(
    rooms: string[],
    except: string[],
    event: E,
    ...args: EventArgs<E>
  ): void {
    if (!this.server) return;
    this.server
      .to(rooms)
      .except(except)
      .emit(event, ...args);
  }

  toMember<E extends keyof ServerToClientEvents>(
    membershipId: string,
    event: E,
    ...args: EventArgs<E>
  ): void {
    this.toRooms([socketRooms.member(membershipId)], event, ...args);
  }

  /** Subscribes every open socket of a member to a room (after they were added to it). */
  joinRoom(membershipId: string, roomId: string, isHost: boolean): void {
    const rooms = isHost
      ? [socketRooms.room(roomId), socketRooms.roomHosts(roomId)]
      : [socketRooms.room(roomId)];
    this.server?.in(socketRooms.member(membershipId)).socketsJoin(rooms);
  }

  /** Unsubscribes every open socket of a member from a room, at once: removal takes effect live. */
  leaveRoom(membershipId: string, roomId: string): void {
    this.server
      ?.in(socketRooms.member(membershipId))
      .socketsLeave([socketRooms.room(roomId), socketRooms.roomHosts(roomId)]);
  }

  /**
   * Closes every open socket of a member, on every instance (through the adapter), after their role or
   * organisation membership changed. A socket took its role and channels at the handshake; rather than
   * patch them in place, the client reconnects (the web app does so by itself), and the new handshake
   * reads role and rooms afresh: staff channels, phase tags, crisis flags and catch-up follow the current
   * role, and nothing sent after this call reaches the old socket.
   */
  reauthenticate(membershipId: string): void {
    this.server?.in(socketRooms.member(membershipId)).disconnectSockets(true);
  }

  disconnectSessions(sessionIds: string[]): void {
    if (!this.server) return;
    for (const id of sessionIds) {
      this.server.to(socketRooms.session(id)).emit('session:revoked');
      this.server.in(socketRooms.session(id)).disconnectSockets(true);
    }
  }

  async onlineIn(roomId: string): Promise<string[]> {
    if (!this.server) return [];
    const sockets = await this.server.in(socketRooms.room(roomId)).fetchSockets();
    return [...new Set(sockets.map((s) => s.data.actor.membershipId))];
  }
}
