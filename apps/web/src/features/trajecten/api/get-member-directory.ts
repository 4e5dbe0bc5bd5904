import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RoomMemberView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { trajectKeys } from './query-keys';

/** Everyone in the organisation (pseudonym and colour): to enrol existing members. */
export function getMemberDirectory(signal?: AbortSignal): Promise<RoomMemberView[]> {
  return apiFetch<RoomMemberView[]>('/members', { signal });
}

export const memberDirectoryQueryOptions = () =>
  queryOptions({
    queryKey: trajectKeys.directory,
    queryFn: ({ signal }) => getMemberDirectory(signal),
    staleTime: 5 * 60_000,
  });

export function useMemberDirectory() {
  return useQuery(memberDirectoryQueryOptions());
}
