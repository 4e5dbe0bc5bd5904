import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { TrajectDetail } from '@spiegel/domain';
import { trajectKeys } from './query-keys';

export interface CreateTrajectInput {
  name: string;
  description?: string;
  /** yyyy-mm-dd */
  startsOn: string;
  endsOn: string;
  sessions: { startsAt: string; title?: string }[];
  /** Membership ids of facilitators or admins. */
  facilitatorIds: string[];
}

/** Admins only; the traject's group room is created with it. */
export function createTraject(input: CreateTrajectInput): Promise<TrajectDetail> {
  return apiFetch<TrajectDetail>('/trajecten', { method: 'POST', body: input });
}

export function useCreateTraject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createTraject,
    onSuccess: (traject) => {
      client.setQueryData(trajectKeys.detail(traject.id), traject);
      return client.invalidateQueries({ queryKey: trajectKeys.list });
    },
  });
}
