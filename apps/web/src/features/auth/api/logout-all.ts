import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useSocket } from '../../../lib/socket';
import { resetToLoggedOut } from './get-session';

/** Ends every session of this person, on every device, including this one. */
export function logoutAll(): Promise<void> {
  return apiFetch<void>('/auth/logout-all', { method: 'POST' });
}

export function useLogoutAll() {
  const client = useQueryClient();
  const socket = useSocket();
  return useMutation({
    mutationFn: () => {
      socket?.disconnect();
      return logoutAll();
    },
    onSuccess: () => {
      resetToLoggedOut(client, 'loggedOutEverywhere');
    },
  });
}
