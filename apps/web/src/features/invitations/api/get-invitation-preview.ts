import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { InvitationPreview } from '@spiegel/domain';

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

/** `enabled: false` once the invitation has been used here: asking again would only answer 410. */
export function useInvitationPreview(code: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...invitationPreviewQueryOptions(code), enabled });
}
