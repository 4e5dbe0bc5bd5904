import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { RoomDetail } from '@spiegel/domain';
import { roomKeys } from './query-keys';

export function getRoom(roomId: string, signal?: AbortSignal): Promise<RoomDetail> {
  return apiFetch<RoomDetail>(`/rooms/${encodeURIComponent(roomId)}`, { signal });
}

export const roomQueryOptions = (roomId: string) =>
  queryOptions({ queryKey: roomKeys.detail(roomId), queryFn: ({ signal }) => getRoom(roomId, signal) });

export function useRoom(roomId: string) {
  return useQuery(roomQueryOptions(roomId));
}
