import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** Leaves a tombstone; the room hears of it through `contribution:updated`. */
export function deleteContribution(id: string): Promise<void> {
  return apiFetch<void>(`/contributions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteContribution() {
  return useMutation({ mutationFn: deleteContribution });
}
