import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContributionView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { roomKeys } from './query-keys';

export function getContribution(id: string, signal?: AbortSignal): Promise<ContributionView> {
  return apiFetch<ContributionView>(`/contributions/${encodeURIComponent(id)}`, { signal });
}

export const contributionQueryOptions = (id: string) =>
  queryOptions({ queryKey: roomKeys.contribution(id), queryFn: ({ signal }) => getContribution(id, signal) });

export function useContribution(id: string) {
  return useQuery(contributionQueryOptions(id));
}
