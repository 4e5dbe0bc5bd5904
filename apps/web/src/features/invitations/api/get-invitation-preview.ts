import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { InvitationPreview } from '../../../types/api';

/** Public: what the registration page may show before someone has an account. */
export function getInvitationPreview(code: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return apiFetch<InvitationPreview>(`/invitations/${encodeURIComponent(code)}`, { signal });
}

export const invitationPreviewQueryOptions = (code: string) =>
  queryOptions({
    queryKey: ['invitations', 'preview', code],
    queryFn: ({ signal }) => getInvitationPreview(code, signal),
    staleTime: 5 * 60_000,
  });

export function useInvitationPreview(code: string) {
  return useQuery(invitationPreviewQueryOptions(code));
}
