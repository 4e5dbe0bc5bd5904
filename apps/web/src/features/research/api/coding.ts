import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CodeInput,
  CodingDisagreement,
  CodingResultsView,
  CodingStudyInput,
  CodingStudySummary,
  MyCodingView,
} from '@spiegel/domain';
import { API_BASE } from '../../../config/constants';
import { apiFetch } from '../../../lib/api-client';

export const myCodingKey = ['research', 'coding', 'me'] as const;
export const codingStudiesKey = ['research', 'coding', 'studies'] as const;

/** The coder's next contribution; never refetched in the background (each fetch is a logged view). */
export function useMyCoding() {
  return useQuery({
    queryKey: myCodingKey,
    queryFn: ({ signal }) => apiFetch<MyCodingView>('/research/coding/me', { signal }),
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

export function useCode() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, ...input }: CodeInput & { assignmentId: string }) =>
      apiFetch<MyCodingView>(`/research/coding/me/${assignmentId}`, { method: 'PUT', body: input }),
    onSuccess: (view) => client.setQueryData(myCodingKey, view),
  });
}

export function useCodingStudies() {
  return useQuery({
    queryKey: codingStudiesKey,
    queryFn: ({ signal }) => apiFetch<CodingStudySummary[]>('/research/coding/studies', { signal }),
  });
}

export function useStartCodingStudy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CodingStudyInput) =>
      apiFetch<CodingStudySummary>('/research/coding/studies', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: codingStudiesKey }),
  });
}

export function useCodingResults(studyId: string | null) {
  return useQuery({
    queryKey: [...codingStudiesKey, studyId, 'results'],
    queryFn: ({ signal }) =>
      apiFetch<CodingResultsView>(`/research/coding/studies/${studyId}/results`, { signal }),
    enabled: studyId !== null,
  });
}

/** Loaded on request only: every view is in the access log. */
export function useCodingDisagreements() {
  return useMutation({
    mutationFn: (studyId: string) =>
      apiFetch<CodingDisagreement[]>(`/research/coding/studies/${studyId}/disagreements`),
  });
}

/** The admin's CSV of codes: a plain link, so the browser downloads it (logged as an export). */
export const codingExportUrl = (studyId: string) =>
  `${API_BASE}/research/coding/studies/${studyId}/export.csv`;
