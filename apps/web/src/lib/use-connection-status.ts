import { useEffect, useState } from 'react';
import { useSocket } from './socket';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/**
 * Where the realtime connection stands: connected, getting back (after having been connected),
 * or offline (the browser says there is no network). Recomputed on every socket and network event.
 */
export function useConnectionStatus(): ConnectionStatus {
  const socket = useSocket();
  const [state, setState] = useState(() => ({
    connected: socket?.connected ?? false,
    wasConnected: socket?.connected ?? false,
    online: browserOnline(),
  }));

  useEffect(() => {
    const update = () =>
      setState((s) => {
        const connected = socket?.connected ?? false;
        return { connected, wasConnected: s.wasConnected || connected, online: browserOnline() };
      });
    update();
    socket?.on('connect', update);
    socket?.on('disconnect', update);
    socket?.on('connect_error', update);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      socket?.off('connect', update);
      socket?.off('disconnect', update);
      socket?.off('connect_error', update);
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [socket]);

  if (!state.online) return 'offline';
  if (state.connected) return 'connected';
  return state.wasConnected ? 'reconnecting' : 'connecting';
}
