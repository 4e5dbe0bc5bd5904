import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MentorProfileInput, MyMentorProfile } from '@spiegel/domain';
import { mentorKeys } from './query-keys';

/** "Ik wil er zijn voor anderen": opt in or update (409 before a completed traject). */
export function saveMentorProfile(input: MentorProfileInput): Promise<MyMentorProfile> {
  return apiFetch<MyMentorProfile>('/mentors/me', { method: 'PUT', body: input });
}

export function useSaveMentorProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveMentorProfile,
    onSuccess: (profile) => client.setQueryData(mentorKeys.me, profile),
  });
}
