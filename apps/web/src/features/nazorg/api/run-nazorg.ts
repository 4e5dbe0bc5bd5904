import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { NazorgRunResult } from '@spiegel/domain';
import { nazorgKeys } from './query-keys';

/** Admins: complete trajecten that are due and compute the zwart-gat risk now. */
export function runNazorg(): Promise<NazorgRunResult> {
  return apiFetch<NazorgRunResult>('/nazorg/run', { method: 'POST' });
}

export function useRunNazorg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: runNazorg,
    onSuccess: () => client.invalidateQueries({ queryKey: nazorgKeys.all }),
  });
}
