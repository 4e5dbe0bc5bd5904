import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { Member } from '../../../types/api';

export const membersQueryKey = ['admin', 'members'] as const;

export function getMembers(signal?: AbortSignal): Promise<Member[]> {
  return apiFetch<Member[]>('/admin/members', { signal });
}

export const membersQueryOptions = () =>
  queryOptions({ queryKey: membersQueryKey, queryFn: ({ signal }) => getMembers(signal) });

export function useMembers() {
  return useQuery(membersQueryOptions());
}
