import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MentorshipView } from '@spiegel/domain';
import { mentorKeys } from './query-keys';

/** Asks a mentor for contact (409 when they are full or already asked). */
export function requestMentor(mentorMembershipId: string, message: string): Promise<MentorshipView> {
  return apiFetch<MentorshipView>(`/mentors/${encodeURIComponent(mentorMembershipId)}/requests`, {
    method: 'POST',
    body: { message },
  });
}

export function useRequestMentor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ mentorMembershipId, message }: { mentorMembershipId: string; message: string }) =>
      requestMentor(mentorMembershipId, message),
    onSuccess: () => client.invalidateQueries({ queryKey: mentorKeys.all }),
  });
}
