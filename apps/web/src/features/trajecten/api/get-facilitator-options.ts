import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MemberView } from '@spiegel/domain';
import { trajectKeys } from './query-keys';

/** Admins: facilitators and admins of the organisation, who can guide a traject. */
export async function getFacilitatorOptions(signal?: AbortSignal): Promise<MemberView[]> {
  const members = await apiFetch<MemberView[]>('/admin/members', { signal });
  return members
    .filter((m) => m.role === 'facilitator' || m.role === 'admin')
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export const facilitatorOptionsQueryOptions = () =>
  queryOptions({ queryKey: trajectKeys.staff, queryFn: ({ signal }) => getFacilitatorOptions(signal) });

export function useFacilitatorOptions() {
  return useQuery(facilitatorOptionsQueryOptions());
}
