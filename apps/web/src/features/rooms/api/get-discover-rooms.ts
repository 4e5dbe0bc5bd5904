import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { DiscoverableRoom } from '@spiegel/domain';
import { roomKeys } from './query-keys';

export function getDiscoverRooms(signal?: AbortSignal): Promise<DiscoverableRoom[]> {
  return apiFetch<DiscoverableRoom[]>('/rooms/discover', { signal });
}

export const discoverRoomsQueryOptions = () =>
  queryOptions({ queryKey: roomKeys.discover, queryFn: ({ signal }) => getDiscoverRooms(signal) });

export function useDiscoverRooms() {
  return useQuery(discoverRoomsQueryOptions());
}
