import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { roomKeys } from './query-keys';

/** Whom this person chose not to see: their contributions fold away, for them only. */
export function getMutes(signal?: AbortSignal): Promise<string[]> {
  return apiFetch<string[]>('/mutes', { signal });
}

export const mutesQueryOptions = () =>
  queryOptions({
    queryKey: roomKeys.mutes,
    queryFn: ({ signal }) => getMutes(signal),
    staleTime: 5 * 60_000,
  });

export function useMutes() {
  return useQuery(mutesQueryOptions());
}
