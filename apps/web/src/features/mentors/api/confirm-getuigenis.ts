import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { mentorKeys } from './query-keys';

/** Facilitators: their word on getuigenis overrules the estimate from the person's path. */
export function confirmGetuigenis(membershipId: string, confirmed: boolean): Promise<void> {
  return apiFetch<void>(`/mentors/${encodeURIComponent(membershipId)}/getuigenis`, {
    method: 'PUT',
    body: { confirmed },
  });
}

export function useConfirmGetuigenis() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ membershipId, confirmed }: { membershipId: string; confirmed: boolean }) =>
      confirmGetuigenis(membershipId, confirmed),
    onSuccess: () => client.invalidateQueries({ queryKey: mentorKeys.all }),
  });
}
