import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo } from 'react';
import { resetToLoggedOut, useMe } from '../features/auth/api/get-session';
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
  /** Tests pass a fake; the app uses the real socket.io client. */
  connect?: () => SpiegelSocket;
}) {
  const me = useMe();
  const client = useQueryClient();
  const membershipId = me?.membershipId;

  // Creating the client does not connect (autoConnect: false); the effect below does.
  const socket = useMemo(() => (membershipId ? connect() : null), [membershipId, connect]);

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
    const onDisconnect = (reason: string) => {
      if (reason === 'io server disconnect')
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
