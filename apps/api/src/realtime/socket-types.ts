import type { ClientToServerEvents, ServerToClientEvents } from '@spiegel/domain';
import type { Server, Socket } from 'socket.io';
import type { Actor } from '../common/actor.js';
import type { RoomActivityEvent } from '../common/room-activity.js';

/** The typed socket.io server and socket, shared by the gateway and the emitter (neither imports the other). */
export interface SocketData {
  actor: Actor;
}
/** Between API instances (through the adapter), never to clients: the live session panel's facts. */
export interface InterServerEvents {
  /** Activity in a room that some instance's host sockets watch. */
  'live:fact': (event: RoomActivityEvent) => void;
  /** The rooms with host sockets on the sending instance (repeated while they stay). */
  'live:watching': (roomIds: string[]) => void;
}
export type SpiegelServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type SpiegelSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
