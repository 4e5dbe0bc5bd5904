import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, startTransition, useEffect, useState } from 'react';
import { resetToLoggedOut, sessionQueryKey, useMe } from '../features/auth/api/get-session';
import { useFirstContentDrawn } from '../lib/first-content';
import { createSocket, SocketContext, type SpiegelSocket } from '../lib/socket';

/**
 * Holds the realtime connection while someone is logged in: opened after log-in (the session cookie
 * authenticates the handshake), closed on log-out. When the server ends the session, the app forgets
 * everything it cached; the guards then show log-in with a calm explanation.
 */
export function SocketProvider({
  children,
  connect = createSocket,
}: {
  children: ReactNode;
  /** Tests pass a fake; the app uses the real socket.io client (loaded on first use). */
  connect?: () => SpiegelSocket | Promise<SpiegelSocket>;
}) {
  const me = useMe();
  const client = useQueryClient();
  // Researchers have no live channel (the API refuses their handshake).
  // The client's code and its connection wait until the page's first content is drawn: on a slow line
  // they would share it with the page's own code and data. Nothing is lost meanwhile: every (re)connect
  // catches up on what was sent after the loaded history (useRoomsRealtime, session:ready).
  const contentDrawn = useFirstContentDrawn();
  const membershipId = me?.role === 'onderzoeker' || !contentDrawn ? undefined : me?.membershipId;

  // Creating the client does not connect (autoConnect: false); the effect below does. The client's
  // code arrives after the first screen is drawn; until then the socket is null, as when logged out.
  const [socket, setSocket] = useState<SpiegelSocket | null>(null);
  useEffect(() => {
    if (!membershipId) return;
    let live = true;
    let created: SpiegelSocket | null = null;
    const take = (s: SpiegelSocket) => {
      if (!live) return;
      created = s;
      // Every page that listens redraws with the socket: a transition, so React draws it in slices
      // instead of one long task (the client's code arrives while the page's first draw is under way).
      startTransition(() => setSocket(s));
    };
    const made = connect();
    // The chunk did not arrive: the pages work without live updates, as when offline.
    if (made instanceof Promise) made.then(take, () => undefined);
    else take(made);
    return () => {
      live = false;
      setSocket((current) => (current !== null && current === created ? null : current));
    };
  }, [membershipId, connect]);

  useEffect(() => {
    if (!socket) return;
    const endSession = () => {
      socket.disconnect();
      resetToLoggedOut(client, 'sessionEnded');
    };
    // socket.io reconnects by itself after network trouble, but not when the server closed the
    // connection (e.g. while it restarts) or refused the handshake for now (UNAVAILABLE while its
    // database restarts). Try again calmly; a dead session answers UNAUTHENTICATED.
    let retry: ReturnType<typeof setTimeout> | undefined;
    const onConnectError = (error: Error) => {
      if (error.message === 'UNAUTHENTICATED') endSession();
      else if (!socket.active) retry = setTimeout(() => socket.connect(), 1_000 + Math.random() * 2_000);
    };
    // The server also closes a person's sockets when their role or memberships change: read the session
    // again (navigation follows the current role) and reconnect, so the handshake takes the new role.
    const onDisconnect = (reason: string) => {
      if (reason !== 'io server disconnect') return;
      void client.invalidateQueries({ queryKey: sessionQueryKey });
      retry = setTimeout(() => socket.connect(), 1_000 + Math.random() * 2_000);
    };
    socket.on('session:revoked', endSession);
    socket.on('connect_error', onConnectError);
    socket.on('disconnect', onDisconnect);
    socket.connect();
    return () => {
      clearTimeout(retry);
      socket.off('session:revoked', endSession);
      socket.off('connect_error', onConnectError);
      socket.off('disconnect', onDisconnect);
      socket.disconnect();
    };
  }, [socket, client]);

  return <SocketContext value={socket}>{children}</SocketContext>;
}
