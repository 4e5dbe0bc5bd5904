import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useSocket } from '../../../lib/socket';
import { resetToLoggedOut } from './get-session';

export type ContributionChoice = 'delete' | 'anonymise';

/**
 * Erases the account (DELETE /api/me). `confirm` is the API's word for "I mean it"; the form sends it
 * only after the person ticked that they understand it cannot be undone.
 */
export function deleteAccount(input: { password: string; contributions: ContributionChoice }): Promise<void> {
  return apiFetch<void>('/me', { method: 'DELETE', body: { ...input, confirm: 'VERWIJDER' } });
}

export function useDeleteAccount() {
  const client = useQueryClient();
  const socket = useSocket();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => {
      socket?.disconnect();
      resetToLoggedOut(client, 'accountDeleted');
    },
  });
}
