import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { nazorgKeys } from './query-keys';

/** Suggests an active peer mentor to an alumnus (they get a notification and decide themselves). */
export function suggestMentor(membershipId: string, mentorMembershipId: string): Promise<void> {
  return apiFetch<void>(`/nazorg/${encodeURIComponent(membershipId)}/suggest-mentor`, {
    method: 'POST',
    body: { mentorMembershipId },
  });
}

export function useSuggestMentor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      membershipId,
      mentorMembershipId,
    }: {
      membershipId: string;
      mentorMembershipId: string;
    }) => suggestMentor(membershipId, mentorMembershipId),
    onSuccess: () => client.invalidateQueries({ queryKey: nazorgKeys.all }),
  });
}
