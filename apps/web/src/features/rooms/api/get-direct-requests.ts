import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { DirectRequest } from '@spiegel/domain';
import { roomKeys } from './query-keys';

export function getDirectRequests(signal?: AbortSignal): Promise<DirectRequest[]> {
  return apiFetch<DirectRequest[]>('/direct/requests', { signal });
}

export const directRequestsQueryOptions = () =>
  queryOptions({ queryKey: roomKeys.directRequests, queryFn: ({ signal }) => getDirectRequests(signal) });

export function useDirectRequests() {
  return useQuery(directRequestsQueryOptions());
}
