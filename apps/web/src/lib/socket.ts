import type { ClientToServerEvents, ServerToClientEvents } from '@spiegel/domain';
import { createContext, useContext, useEffect, useRef } from 'react';
import type { Socket } from 'socket.io-client';
import { SOCKET_PATH } from '../config/constants';

/** The one realtime connection, typed with the event map the API gateway uses too. */
export type SpiegelSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Opens the connection on the same origin. The session cookie authenticates the handshake, so this
 * must only be called after log-in. Only websockets: no long-polling fallback to keep sticky.
 * The socket.io client is its own chunk, fetched here: the first screen (and log-in) do without it.
 */
export async function createSocket(): Promise<SpiegelSocket> {
  const { io } = await import('socket.io-client');
  return io({
    path: SOCKET_PATH,
    withCredentials: true,
    transports: ['websocket'],
    autoConnect: false,
  });
}

export const SocketContext = createContext<SpiegelSocket | null>(null);

/** The connected socket while someone is logged in, else null. */
export function useSocket(): SpiegelSocket | null {
  return useContext(SocketContext);
}

/** Listens to one server event while the component is mounted; the handler may change freely. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(
  event: E,
  handler: ServerToClientEvents[E],
): void {
  const socket = useSocket();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!socket) return;
    const listener = ((...args: Parameters<ServerToClientEvents[E]>) =>
      (latest.current as (...a: Parameters<ServerToClientEvents[E]>) => void)(
        ...args,
      )) as unknown as ServerToClientEvents[E];
    // socket.io's typed `on` cannot relate a generic E to its listener; the casts keep E exact outside.
    (socket.on as (e: E, l: ServerToClientEvents[E]) => void)(event, listener);
    return () => {
      (socket.off as (e: E, l: ServerToClientEvents[E]) => void)(event, listener);
    };
  }, [socket, event]);
}
