import { useMutation, useQuery } from '@tanstack/react-query';
import type { CheckinInput, MentorCheckinDraftView, MentorCheckinResult } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { mentorKeys } from './query-keys';

/** The mentee's name and general wording to start from (nothing from any risk score). */
export function useMentorCheckinDraft(mentorshipId: string, locale: 'nl' | 'en') {
  return useQuery({
    queryKey: [...mentorKeys.mentorships, 'checkin', mentorshipId, locale],
    queryFn: ({ signal }) =>
      apiFetch<MentorCheckinDraftView>(
        `/mentorships/${encodeURIComponent(mentorshipId)}/checkin?locale=${locale}`,
        { signal },
      ),
  });
}

export function useSendMentorCheckin() {
  return useMutation({
    mutationFn: ({ mentorshipId, ...input }: CheckinInput & { mentorshipId: string; clientId: string }) =>
      apiFetch<MentorCheckinResult>(`/mentorships/${encodeURIComponent(mentorshipId)}/checkin`, {
        method: 'POST',
        body: input,
      }),
  });
}
