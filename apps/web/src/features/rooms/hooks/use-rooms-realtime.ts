import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ContributionView } from '@spiegel/domain';
import { useSocket, useSocketEvent } from '../../../lib/socket';
import { catchUp } from '../api/catch-up';
import { noteContributionInList } from '../api/get-rooms';
import { getCachedTimeline, mergeIntoTimeline, setReactionsInTimeline } from '../api/get-timeline';
import { roomKeys } from '../api/query-keys';
import { deliver } from '../api/send-contribution';
import {
  failAllSending,
  isRetryable,
  markSent,
  outboxStore,
  removeFromOutbox,
  settleAfterReload,
} from '../lib/outbox';

/**
 * Keeps every loaded room current while someone is logged in: live contributions, edits and
 * reactions go into the cache; on each (re)connect the client catches up from its cursors and
 * then retries, once, whatever did not get through. Mounted once, in the app layout.
 */
export function useRoomsRealtime(myMembershipId: string): void {
  const socket = useSocket();
  const client = useQueryClient();
  const gapTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const gapRooms = useRef(new Set<string>());

  useEffect(() => settleAfterReload(), []);

  useEffect(() => {
    if (!socket) return;
    const onDisconnect = () => failAllSending();
    socket.on('disconnect', onDisconnect);
    return () => {
      socket.off('disconnect', onDisconnect);
    };
  }, [socket]);

  useEffect(
    () => () => {
      clearTimeout(gapTimer.current);
    },
    [],
  );

  useSocketEvent('session:ready', () => {
    void client.invalidateQueries({ queryKey: roomKeys.list });
    void client.invalidateQueries({ queryKey: ['rooms', 'detail'] });
    void catchUp(socket, client)
      .catch(() => undefined)
      .then(() => {
        for (const entry of outboxStore.get())
          if (isRetryable(entry)) void deliver(socket, client, entry.clientId);
      });
  });

  const incoming = (c: ContributionView, live: 'new' | 'updated') => {
    if (
      c.author.membershipId === myMembershipId &&
      outboxStore.get().some((e) => e.clientId === c.clientId)
    ) {
      markSent(c.clientId);
      removeFromOutbox(c.clientId);
    }
    const timeline = getCachedTimeline(client, c.roomId);
    if (timeline) {
      const known = timeline.items.some((k) => k.id === c.id);
      // An edit of something older than what is loaded has nowhere to go.
      if (live === 'updated' && !known && c.seq <= timeline.highSeq) return;
      if (c.seq > timeline.highSeq + 1 && !known) {
        // Something was missed in between: fetch it soon (several events often arrive together).
        gapRooms.current.add(c.roomId);
        clearTimeout(gapTimer.current);
        gapTimer.current = setTimeout(() => {
          const rooms = [...gapRooms.current];
          gapRooms.current.clear();
          void catchUp(socket, client, rooms).catch(() => undefined);
        }, 300);
      }
      mergeIntoTimeline(client, c.roomId, [c], { keepMine: true });
    }
    if (live === 'new') noteContributionInList(client, c, myMembershipId);
  };

  useSocketEvent('contribution:new', (c) => incoming(c, 'new'));
  useSocketEvent('contribution:updated', (c) => incoming(c, 'updated'));
  useSocketEvent('reaction:changed', (p) =>
    setReactionsInTimeline(client, p.roomId, p.contributionId, p.reactions),
  );
  useSocketEvent('room:changed', ({ roomId }) => {
    void client.invalidateQueries({ queryKey: roomKeys.detail(roomId) });
    void client.invalidateQueries({ queryKey: roomKeys.list });
  });
  useSocketEvent('room:removed', ({ roomId }) => {
    client.removeQueries({ queryKey: roomKeys.timeline(roomId) });
    client.removeQueries({ queryKey: roomKeys.detail(roomId) });
    void client.invalidateQueries({ queryKey: roomKeys.list });
    void client.invalidateQueries({ queryKey: roomKeys.discover });
  });
}
