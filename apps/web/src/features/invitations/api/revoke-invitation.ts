import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { invitationsQueryKey } from './get-invitations';

export function revokeInvitation(id: string): Promise<void> {
  return apiFetch<void>(`/admin/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useRevokeInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: () => client.invalidateQueries({ queryKey: invitationsQueryKey }),
  });
}
