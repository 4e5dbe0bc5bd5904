import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MentorshipView } from '@spiegel/domain';
import { mentorKeys } from './query-keys';

export type MentorshipAnswer = 'accept' | 'decline' | 'end';

/** The mentor accepts (a 1:1 room opens) or declines; either side ends (or withdraws a request). */
export function answerMentorship(id: string, answer: MentorshipAnswer): Promise<MentorshipView> {
  return apiFetch<MentorshipView>(`/mentorships/${encodeURIComponent(id)}/${answer}`, { method: 'POST' });
}

export function useAnswerMentorship() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: MentorshipAnswer }) => answerMentorship(id, answer),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: mentorKeys.all }),
        // Accepting opens a conversation: the room list follows.
        client.invalidateQueries({ queryKey: ['rooms'] }),
      ]),
  });
}
