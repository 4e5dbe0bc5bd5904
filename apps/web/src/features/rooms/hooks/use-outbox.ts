import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { newClientId } from '../../../lib/client-id';
import { useSocket } from '../../../lib/socket';
import { deliver, enqueueContribution, type NewContribution } from '../api/send-contribution';
import { crisisStore, type OutboxEntry, outboxStore, removeFromOutbox } from '../lib/outbox';

/** The entries still on their way in one room (or one story's thread), oldest first. */
export function useOutbox(roomId: string, replyToId: string | null = null): OutboxEntry[] {
  const all = useSyncExternalStore(outboxStore.subscribe, outboxStore.get, outboxStore.get);
  return useMemo(
    () => all.filter((e) => e.roomId === roomId && (e.replyToId ?? null) === replyToId),
    [all, roomId, replyToId],
  );
}

export function useSendContribution(roomId: string) {
  const socket = useSocket();
  const client = useQueryClient();
  const send = useCallback(
    (input: Omit<NewContribution, 'clientId' | 'roomId'>) =>
      enqueueContribution(socket, client, { ...input, roomId, clientId: newClientId() }),
    [socket, client, roomId],
  );
  const retry = useCallback((clientId: string) => deliver(socket, client, clientId), [socket, client]);
  const discard = useCallback((clientId: string) => removeFromOutbox(clientId), []);
  return { send, retry, discard };
}

export function useCrisisSignal(roomId: string) {
  const signal = useSyncExternalStore(crisisStore.subscribe, crisisStore.get, crisisStore.get);
  const close = useCallback(() => crisisStore.set(null), []);
  const here = signal?.roomId === roomId ? signal : null;
  return { severity: here?.severity ?? null, watched: here?.watched, close };
}
