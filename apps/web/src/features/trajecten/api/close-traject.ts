import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { TrajectDetail } from '@spiegel/domain';
import { trajectKeys } from './query-keys';

/** Admins: ends the traject now; completion (alumni, alumni room) runs at once. */
export function closeTraject(trajectId: string): Promise<TrajectDetail> {
  return apiFetch<TrajectDetail>(`/trajecten/${encodeURIComponent(trajectId)}/close`, { method: 'POST' });
}

export function useCloseTraject(trajectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => closeTraject(trajectId),
    onSuccess: (traject) => {
      client.setQueryData(trajectKeys.detail(trajectId), traject);
      return client.invalidateQueries({ queryKey: trajectKeys.all });
    },
  });
}
