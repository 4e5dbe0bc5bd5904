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
    const onConnectError = (error: Error) => {
      if (error.message === 'UNAUTHENTICATED') endSession();
    };
    socket.on('session:revoked', endSession);
    socket.on('connect_error', onConnectError);
    socket.connect();
    return () => {
      socket.off('session:revoked', endSession);
      socket.off('connect_error', onConnectError);
      socket.disconnect();
    };
  }, [socket, client]);

  return <SocketContext value={socket}>{children}</SocketContext>;
}
