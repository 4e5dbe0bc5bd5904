import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MyPathView, PhaseId } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { insightKeys } from './query-keys';

/** A new self-placement on "mijn pad"; earlier ones stay in the history. */
export function setSelfPlacement(phase: PhaseId): Promise<MyPathView> {
  return apiFetch<MyPathView>('/insight/me/path', { method: 'PUT', body: { phase } });
}

export function useSetSelfPlacement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: setSelfPlacement,
    onSuccess: (view) => client.setQueryData(insightKeys.myPath, view),
  });
}
