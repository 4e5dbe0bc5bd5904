import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { InvitationView } from '@spiegel/domain';

export const invitationsQueryKey = ['admin', 'invitations'] as const;

export function getInvitations(signal?: AbortSignal): Promise<InvitationView[]> {
  return apiFetch<InvitationView[]>('/admin/invitations', { signal });
}

export const invitationsQueryOptions = () =>
  queryOptions({ queryKey: invitationsQueryKey, queryFn: ({ signal }) => getInvitations(signal) });

export function useInvitations() {
  return useQuery(invitationsQueryOptions());
}
