import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MemberView } from '@spiegel/domain';

export const membersQueryKey = ['admin', 'members'] as const;

export function getMembers(signal?: AbortSignal): Promise<MemberView[]> {
  return apiFetch<MemberView[]>('/admin/members', { signal });
}

export const membersQueryOptions = () =>
  queryOptions({ queryKey: membersQueryKey, queryFn: ({ signal }) => getMembers(signal) });

export function useMembers() {
  return useQuery(membersQueryOptions());
}
