import type { ClientToServerEvents, ServerToClientEvents } from '@spiegel/domain';
import type { Server, Socket } from 'socket.io';
import type { Actor } from '../common/actor.js';

/** The typed socket.io server and socket, shared by the gateway and the emitter (neither imports the other). */
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
