import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { TrajectDetail } from '@spiegel/domain';
import { trajectKeys } from './query-keys';

/** Invites existing members; each gets an `enrolment_invite` notification and consents before taking part. */
export function enrolMembers(trajectId: string, membershipIds: string[]): Promise<TrajectDetail> {
  return apiFetch<TrajectDetail>(`/trajecten/${encodeURIComponent(trajectId)}/enrolments`, {
    method: 'POST',
    body: { membershipIds },
  });
}

export function useEnrolMembers(trajectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (membershipIds: string[]) => enrolMembers(trajectId, membershipIds),
    onSuccess: (traject) => {
      client.setQueryData(trajectKeys.detail(trajectId), traject);
      return client.invalidateQueries({ queryKey: trajectKeys.list });
    },
  });
}
