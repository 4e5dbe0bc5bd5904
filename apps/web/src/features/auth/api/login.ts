import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { Me, SecondFactorPendingView } from '@spiegel/domain';

export interface LoginInput {
  login: string;
  password: string;
}

/** A session (`me`), or a second step still owed before there is one. */
export type LoginAnswer = { me: Me } | SecondFactorPendingView;

export function login(input: LoginInput): Promise<LoginAnswer> {
  return apiFetch<LoginAnswer>('/auth/login', { method: 'POST', body: input });
}

/** The caller decides where to go next and then calls `setLoggedIn` (navigate first, so no guard flashes). */
export function useLogin() {
  return useMutation({ mutationFn: login });
}
