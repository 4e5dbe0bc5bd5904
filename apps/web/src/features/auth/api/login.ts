import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { Me } from '../../../types/api';

export interface LoginInput {
  login: string;
  password: string;
}

export function login(input: LoginInput): Promise<{ me: Me }> {
  return apiFetch<{ me: Me }>('/auth/login', { method: 'POST', body: input });
}

/** The caller decides where to go next and then calls `setLoggedIn` (navigate first, so no guard flashes). */
export function useLogin() {
  return useMutation({ mutationFn: login });
}
