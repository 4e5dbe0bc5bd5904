import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MentorStatus, MyMentorProfile } from '@spiegel/domain';
import { mentorKeys } from './query-keys';

/** Pause, resume or stop, at any time; open mentorships stay. */
export function setMentorStatus(status: MentorStatus): Promise<MyMentorProfile> {
  return apiFetch<MyMentorProfile>('/mentors/me/status', { method: 'POST', body: { status } });
}

export function useSetMentorStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: setMentorStatus,
    onSuccess: (profile) => client.setQueryData(mentorKeys.me, profile),
  });
}
