import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CrisisCaseView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { safetyKeys } from './query-keys';

/** Crisis cases the caller may see (staff only): open and picked-up first, or the closed ones. */
export function getCases(state: 'active' | 'closed', signal?: AbortSignal): Promise<CrisisCaseView[]> {
  return apiFetch<CrisisCaseView[]>(`/safety/cases?${new URLSearchParams({ state })}`, { signal });
}

export const casesQueryOptions = (state: 'active' | 'closed') =>
  queryOptions({
    queryKey: safetyKeys.cases(state),
    queryFn: ({ signal }) => getCases(state, signal),
    // Changes arrive live over the socket (useCasesRealtime); this slow poll is only the fallback for a
    // connection that is down or an event that got lost.
    refetchInterval: 120_000,
  });

export function useCases(state: 'active' | 'closed') {
  return useQuery(casesQueryOptions(state));
}
