import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { nazorgKeys } from './query-keys';

export const SNOOZE_DAYS = [3, 7, 14, 30, 60, 90] as const;

/** "Later opvolgen": the alumnus moves to the bottom of the list for 1–90 days. */
export function snoozeAlumnus(membershipId: string, days: number): Promise<void> {
  return apiFetch<void>(`/nazorg/${encodeURIComponent(membershipId)}/snooze`, {
    method: 'POST',
    body: { days },
  });
}

export function useSnoozeAlumnus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ membershipId, days }: { membershipId: string; days: number }) =>
      snoozeAlumnus(membershipId, days),
    onSuccess: () => client.invalidateQueries({ queryKey: nazorgKeys.all }),
  });
}
