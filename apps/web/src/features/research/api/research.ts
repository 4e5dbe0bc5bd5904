import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerMomentInput,
  AnswerMomentResult,
  HerstelGemetenView,
  MyResearchView,
  ResearchConsentInput,
  ResearchConsentView,
  SkipMomentInput,
} from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';

export const myResearchKey = ['research', 'me'] as const;

export const myResearchQueryOptions = () =>
  queryOptions({
    queryKey: myResearchKey,
    queryFn: ({ signal }) => apiFetch<MyResearchView>('/research/me', { signal }),
  });

export function useMyResearch() {
  return useQuery(myResearchQueryOptions());
}

export function useAnswerMoment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AnswerMomentInput) =>
      apiFetch<AnswerMomentResult>('/research/me/answers', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: myResearchKey }),
  });
}

export function useSkipMoment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SkipMomentInput) =>
      apiFetch<void>('/research/me/skip', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: myResearchKey }),
  });
}

export function useStopQuestionnaires() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (stopped: boolean) =>
      apiFetch<MyResearchView>('/research/me/stopped', { method: 'PUT', body: { stopped } }),
    onSuccess: (view) => client.setQueryData(myResearchKey, view),
  });
}

export function useSaveResearchConsent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ResearchConsentInput) =>
      apiFetch<ResearchConsentView>('/research/me/consent', { method: 'PUT', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: myResearchKey }),
  });
}

export function useHerstelGemeten(enabled = true) {
  return useQuery({
    queryKey: ['research', 'herstel'],
    queryFn: ({ signal }) => apiFetch<HerstelGemetenView>('/research/herstel', { signal }),
    enabled,
  });
}

/** The pseudonymised export, as the API answers it (participants, k-anonymity figures, codebook). */
export interface ResearchExport {
  generatedAt: string;
  questionnaire: { id: string; version: string };
  kAnonymity: { k: number; suppressed: number; generalisation: Record<string, number> };
  participants: unknown[];
  codebook: { csv: string; schema: unknown };
}

export function useResearchExport() {
  return useMutation({
    mutationFn: () => apiFetch<ResearchExport>('/research/export'),
  });
}
