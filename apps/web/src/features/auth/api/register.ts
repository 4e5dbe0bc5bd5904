import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { Me } from '../../../types/api';

export interface RegisterInput {
  code: string;
  displayName: string;
  login: string;
  email?: string;
  password: string;
}

export function register(input: RegisterInput): Promise<{ me: Me }> {
  return apiFetch<{ me: Me }>('/auth/register', { method: 'POST', body: input });
}

/** The caller decides where to go next and then calls `setLoggedIn` (navigate first, so no guard flashes). */
export function useRegister() {
  return useMutation({ mutationFn: register });
}
