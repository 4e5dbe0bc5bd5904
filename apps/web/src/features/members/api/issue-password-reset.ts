import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { PasswordResetLink } from '@spiegel/domain';

/** An admin-issued link for a new password; the admin hands it over in person. */
export function issuePasswordReset(membershipId: string): Promise<PasswordResetLink> {
  return apiFetch<PasswordResetLink>(`/admin/members/${encodeURIComponent(membershipId)}/password-reset`, {
    method: 'POST',
  });
}

export function useIssuePasswordReset() {
  return useMutation({ mutationFn: issuePasswordReset });
}
