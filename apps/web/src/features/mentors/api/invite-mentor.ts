import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** Facilitators: a gentle invitation to become a mentor (a notification; never an automatic listing). */
export function inviteMentor(membershipId: string): Promise<void> {
  return apiFetch<void>(`/mentors/${encodeURIComponent(membershipId)}/invite`, { method: 'POST' });
}

export function useInviteMentor() {
  return useMutation({ mutationFn: inviteMentor });
}
