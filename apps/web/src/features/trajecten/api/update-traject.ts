import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { TrajectDetail } from '@spiegel/domain';
import { trajectKeys } from './query-keys';

export interface UpdateTrajectInput {
  name?: string;
  description?: string;
  /** yyyy-mm-dd; only while the traject has not been completed. */
  endsOn?: string;
}

/** Admins and the traject's facilitators; a new name renames the group room too. */
export function updateTraject(trajectId: string, input: UpdateTrajectInput): Promise<TrajectDetail> {
  return apiFetch<TrajectDetail>(`/trajecten/${encodeURIComponent(trajectId)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function useUpdateTraject(trajectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateTrajectInput) => updateTraject(trajectId, input),
    onSuccess: (traject) => {
      client.setQueryData(trajectKeys.detail(trajectId), traject);
      return client.invalidateQueries({ queryKey: trajectKeys.all });
    },
  });
}
