import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MyEnrolment } from '@spiegel/domain';
import { trajectKeys } from './query-keys';

export interface ConsentInput {
  enrolmentId: string;
  /** Follow-up contact after the traject: only true when the person ticked it. */
  followUp: boolean;
}

/** The person read what is recorded and takes part: they join the group room. */
export function giveConsent({ enrolmentId, followUp }: ConsentInput): Promise<MyEnrolment> {
  return apiFetch<MyEnrolment>(`/enrolments/${encodeURIComponent(enrolmentId)}/consent`, {
    method: 'POST',
    body: { agree: true, followUp },
  });
}

export function useGiveConsent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: giveConsent,
    // The group room appears in the room list too (the rooms feature keeps its lists under "rooms").
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: trajectKeys.all }),
        client.invalidateQueries({ queryKey: ['rooms'] }),
      ]),
  });
}
