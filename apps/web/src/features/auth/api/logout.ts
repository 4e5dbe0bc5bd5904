import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { useSocket } from '../../../lib/socket';
import { forgetThisPushDevice } from '../../../lib/push-device';
import { resetToLoggedOut } from './get-session';

export function logout(): Promise<void> {
  return apiFetch<void>('/auth/logout', { method: 'POST' });
}

export function useLogout() {
  const client = useQueryClient();
  const socket = useSocket();
  return useMutation({
    mutationFn: async () => {
      // Hang up first, so our own logout does not come back as "your session was ended elsewhere".
      socket?.disconnect();
      await forgetThisPushDevice();
      return logout();
    },
    // Even if the request fails (e.g. the session had already ended), this device is logged out.
    onSettled: () => {
      resetToLoggedOut(client, 'loggedOut');
    },
  });
}
