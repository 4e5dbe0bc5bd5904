import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { Me, SecondFactorPendingView } from '@spiegel/domain';

export interface RegisterInput {
  code: string;
  displayName: string;
  login: string;
  email?: string;
  password: string;
}

/** A session, or (staff where a second factor is required) the enrolment still owed. */
export function register(input: RegisterInput): Promise<{ me: Me } | SecondFactorPendingView> {
  return apiFetch<{ me: Me } | SecondFactorPendingView>('/auth/register', { method: 'POST', body: input });
}

/** The caller decides where to go next and then calls `setLoggedIn` (navigate first, so no guard flashes). */
export function useRegister() {
  return useMutation({ mutationFn: register });
}
