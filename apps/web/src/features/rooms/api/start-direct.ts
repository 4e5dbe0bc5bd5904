import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { DirectStart } from '@spiegel/domain';
import { roomKeys } from './query-keys';

/** Asks someone for a 1:1 conversation; it opens when they accept (or at once if it already exists). */
export function startDirect(membershipId: string): Promise<DirectStart> {
  return apiFetch<DirectStart>('/direct', { method: 'POST', body: { membershipId } });
}

export function useStartDirect() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: startDirect,
    onSuccess: () => client.invalidateQueries({ queryKey: roomKeys.list }),
  });
}
