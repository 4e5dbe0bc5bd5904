import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { membersQueryKey } from './get-members';

export function removeMember(membershipId: string): Promise<void> {
  return apiFetch<void>(`/admin/members/${encodeURIComponent(membershipId)}`, { method: 'DELETE' });
}

export function useRemoveMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSettled: () => client.invalidateQueries({ queryKey: membersQueryKey }),
  });
}
