import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SpiegelSocket } from '../../../lib/socket';
import { useSocket } from '../../../lib/socket';
import { socketRequest } from '../../../lib/socket-request';
import { roomKeys } from './query-keys';

/** Who of the room is online now (membership ids). */
export function getPresence(socket: SpiegelSocket | null, roomId: string): Promise<string[]> {
  return socketRequest(socket, 'room:presence', { roomId }).then((r) => r.online);
}

export const presenceQueryOptions = (socket: SpiegelSocket | null, roomId: string) =>
  queryOptions({
    queryKey: roomKeys.presence(roomId),
    queryFn: () => getPresence(socket, roomId),
    staleTime: 30_000,
    refetchInterval: 60_000,
    retry: false,
  });

export function usePresence(roomId: string, connected: boolean) {
  const socket = useSocket();
  return useQuery({ ...presenceQueryOptions(socket, roomId), enabled: connected && socket !== null });
}
