import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseContactResult, CaseOutcome, CrisisCaseView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { safetyKeys } from './query-keys';

export type CaseStepRequest =
  | { id: string; step: 'pick-up' | 'release' }
  | { id: string; step: 'close'; outcome: CaseOutcome; note: string };

export function takeCaseStep(req: CaseStepRequest): Promise<CrisisCaseView> {
  const body = req.step === 'close' ? { outcome: req.outcome, note: req.note } : {};
  return apiFetch<CrisisCaseView>(`/safety/cases/${encodeURIComponent(req.id)}/${req.step}`, {
    method: 'POST',
    body,
  });
}

export function contactAuthor(id: string): Promise<CaseContactResult> {
  return apiFetch<CaseContactResult>(`/safety/cases/${encodeURIComponent(id)}/contact`, {
    method: 'POST',
    body: {},
  });
}

/** Every step refreshes both lists: a refusal (someone else has it) shows the case as it now is. */
export function useCaseStep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: takeCaseStep,
    onSettled: () => client.invalidateQueries({ queryKey: safetyKeys.all }),
  });
}

export function useContactAuthor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: contactAuthor,
    onSettled: () => client.invalidateQueries({ queryKey: safetyKeys.all }),
  });
}
