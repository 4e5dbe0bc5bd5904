import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CompleteOnboardingInput, OnboardingView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';

export const onboardingKey = ['onboarding'] as const;

export function getOnboarding(signal?: AbortSignal): Promise<OnboardingView> {
  return apiFetch<OnboardingView>('/onboarding', { signal });
}

export const onboardingQueryOptions = () =>
  queryOptions({ queryKey: onboardingKey, queryFn: ({ signal }) => getOnboarding(signal) });

export function useOnboarding() {
  return useQuery(onboardingQueryOptions());
}

export function completeOnboarding(input: CompleteOnboardingInput): Promise<OnboardingView> {
  return apiFetch<OnboardingView>('/onboarding', { method: 'PUT', body: input });
}

export function useCompleteOnboarding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: completeOnboarding,
    onSuccess: (view) => client.setQueryData(onboardingKey, view),
  });
}
