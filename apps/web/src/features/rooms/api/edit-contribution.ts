import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContributionView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { replaceInTimeline } from './get-timeline';

export interface EditContributionInput {
  id: string;
  body: string;
  title?: string;
}

/** Own contributions only; the answer is made for the author, with the phase tag. */
export function editContribution({ id, ...body }: EditContributionInput): Promise<ContributionView> {
  return apiFetch<ContributionView>(`/contributions/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useEditContribution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: editContribution,
    onSuccess: (next) => replaceInTimeline(client, next),
  });
}
