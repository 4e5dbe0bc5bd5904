import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSocket, useSocketEvent } from '../../../lib/socket';
import { useConnectionStatus } from '../../../lib/use-connection-status';
import { catchUp } from '../api/catch-up';
import { useMutes } from '../api/get-mutes';
import { usePresence } from '../api/get-presence';
import { useRoom } from '../api/get-room';
import { useTimeline } from '../api/get-timeline';

const SHOW_PHASES_KEY = 'spiegel.showPhases';

function readShowPhases(): boolean {
  try {
    return window.localStorage.getItem(SHOW_PHASES_KEY) === '1';
  } catch {
    return false;
  }
}

/** Everything one open room needs: its detail, timeline, mutes, presence and connection. */
export function useRoomSession(roomId: string, onRemoved: () => void) {
  const socket = useSocket();
  const client = useQueryClient();
  const room = useRoom(roomId);
  const timeline = useTimeline(roomId);
  const mutes = useMutes();
  const connection = useConnectionStatus();
  const presence = usePresence(roomId, connection === 'connected' && room.isSuccess);
  const [showPhases, setShowPhasesState] = useState(readShowPhases);
  const caughtUpAfterLoad = useRef(false);

  // Whatever arrived while the first page was on its way is fetched right after it.
  useEffect(() => {
    if (!timeline.isSuccess || caughtUpAfterLoad.current || !socket?.connected) return;
    caughtUpAfterLoad.current = true;
    void catchUp(socket, client, [roomId]).catch(() => undefined);
  }, [timeline.isSuccess, socket, client, roomId, connection]);

  useSocketEvent('room:removed', (p) => {
    if (p.roomId === roomId) onRemoved();
  });

  const mutedIds = useMemo(() => new Set(mutes.data ?? []), [mutes.data]);
  const online = useMemo(() => (presence.data ? new Set(presence.data) : null), [presence.data]);

  const setShowPhases = (on: boolean) => {
    setShowPhasesState(on);
    try {
      window.localStorage.setItem(SHOW_PHASES_KEY, on ? '1' : '0');
    } catch {
      // Only for this visit then.
    }
  };

  return { room, timeline, mutedIds, online, connection, showPhases, setShowPhases };
}
