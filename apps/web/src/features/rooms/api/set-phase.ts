import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContributionView, PhaseId, PhaseTag } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { replaceInTimeline } from './get-timeline';

/** The author corrects (or clears) the phase Spiegel suggested for their own contribution. */
export function setPhase({ id, phase }: { id: string; phase: PhaseId | null }): Promise<PhaseTag> {
  return apiFetch<PhaseTag>(`/contributions/${encodeURIComponent(id)}/phase`, {
    method: 'PUT',
    body: { phase },
  });
}

export function useSetPhase(contribution: ContributionView) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: setPhase,
    onSuccess: (phaseTag) => replaceInTimeline(client, { ...contribution, phaseTag }),
  });
}
