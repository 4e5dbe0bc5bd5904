import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { CreatedInvitation, MembershipRole } from '@spiegel/domain';
import { invitationsQueryKey } from './get-invitations';

export interface CreateInvitationInput {
  role: MembershipRole;
  expiresInDays?: number;
  maxUses?: number;
  note?: string;
  /** Staff who log in with their organisation: the address their provider verifies. */
  email?: string;
}

/** The answer carries the code and link: the only time they are ever shown. */
export function createInvitation(input: CreateInvitationInput): Promise<CreatedInvitation> {
  return apiFetch<CreatedInvitation>('/admin/invitations', { method: 'POST', body: input });
}

export function useCreateInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => client.invalidateQueries({ queryKey: invitationsQueryKey }),
  });
}
