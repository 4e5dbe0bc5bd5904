import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** Changes the password; the API ends this person's other sessions. */
export function changePassword(input: ChangePasswordInput): Promise<void> {
  return apiFetch<void>('/auth/password', { method: 'POST', body: input });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
