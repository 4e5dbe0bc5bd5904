import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MemberTwoFactorView,
  PendingSecondFactorView,
  RecoveryCodesView,
  TwoFactorCodeInput,
  TwoFactorEnrolmentView,
  TwoFactorPolicyView,
  TwoFactorStatusView,
} from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';

const keys = {
  pending: ['two-factor', 'pending'] as const,
  me: ['two-factor', 'me'] as const,
  policy: ['two-factor', 'policy'] as const,
  members: ['two-factor', 'members'] as const,
};

// ---- the log-in's second step (no session yet) ----

export const pendingQueryOptions = () =>
  queryOptions({
    queryKey: keys.pending,
    queryFn: ({ signal }) => apiFetch<PendingSecondFactorView>('/two-factor/pending', { signal }),
    staleTime: 0,
  });

export function usePendingSecondFactor() {
  return useQuery(pendingQueryOptions());
}

export function useVerifySecondFactor() {
  return useMutation({
    mutationFn: (input: TwoFactorCodeInput) =>
      apiFetch<void>('/two-factor/verify', { method: 'POST', body: input }),
  });
}

export function useRecoverWithCode() {
  return useMutation({
    mutationFn: (code: string) =>
      apiFetch<{ recoveryCodesLeft: number }>('/two-factor/recovery', { method: 'POST', body: { code } }),
  });
}

export function useCancelSecondStep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>('/two-factor/pending/cancel', { method: 'POST' }),
    onSettled: () => client.removeQueries({ queryKey: keys.pending }),
  });
}

// ---- enrolment (Mijn account, or the log-in's enrolment step) ----

export function useStartEnrolment() {
  return useMutation({
    mutationFn: () => apiFetch<TwoFactorEnrolmentView>('/two-factor/enrolment', { method: 'POST' }),
  });
}

export function useConfirmEnrolment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiFetch<RecoveryCodesView>('/two-factor/enrolment/confirm', { method: 'POST', body: { code } }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.me }),
  });
}

export function useTwoFactorStatus() {
  return useQuery({
    queryKey: keys.me,
    queryFn: ({ signal }) => apiFetch<TwoFactorStatusView>('/two-factor/me', { signal }),
  });
}

export function useDisableTwoFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiFetch<void>('/two-factor/me/disable', { method: 'POST', body: { code } }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.me }),
  });
}

// ---- administration ----

export function useTwoFactorPolicy() {
  return useQuery({
    queryKey: keys.policy,
    queryFn: ({ signal }) => apiFetch<TwoFactorPolicyView>('/admin/two-factor/policy', { signal }),
  });
}

export function useSetTwoFactorPolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TwoFactorPolicyView) =>
      apiFetch<TwoFactorPolicyView>('/admin/two-factor/policy', { method: 'PUT', body: input }),
    onSuccess: (policy) => client.setQueryData(keys.policy, policy),
  });
}

export function useMembersTwoFactor() {
  return useQuery({
    queryKey: keys.members,
    queryFn: ({ signal }) => apiFetch<MemberTwoFactorView[]>('/admin/two-factor/members', { signal }),
  });
}

export function useResetTwoFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) =>
      apiFetch<void>(`/admin/two-factor/members/${encodeURIComponent(membershipId)}/reset`, {
        method: 'POST',
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.members }),
  });
}
