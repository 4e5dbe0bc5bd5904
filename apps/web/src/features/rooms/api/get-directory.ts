import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RoomMemberView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { roomKeys } from './query-keys';

/** Everyone in the organisation, as pseudonym and colour: for adding people or starting a 1:1. */
export function getDirectory(signal?: AbortSignal): Promise<RoomMemberView[]> {
  return apiFetch<RoomMemberView[]>('/members', { signal });
}

export const directoryQueryOptions = () =>
  queryOptions({
    queryKey: roomKeys.directory,
    queryFn: ({ signal }) => getDirectory(signal),
    staleTime: 5 * 60_000,
  });

export function useDirectory(enabled = true) {
  return useQuery({ ...directoryQueryOptions(), enabled });
}
