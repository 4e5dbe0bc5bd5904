import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MembershipRole } from '@spiegel/domain';
import { membersQueryKey } from './get-members';

export interface ChangeMemberRoleInput {
  membershipId: string;
  role: MembershipRole;
}

export function changeMemberRole({ membershipId, role }: ChangeMemberRoleInput): Promise<void> {
  return apiFetch<void>(`/admin/members/${encodeURIComponent(membershipId)}`, {
    method: 'PATCH',
    body: { role },
  });
}

export function useChangeMemberRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: changeMemberRole,
    onSettled: () => client.invalidateQueries({ queryKey: membersQueryKey }),
  });
}
