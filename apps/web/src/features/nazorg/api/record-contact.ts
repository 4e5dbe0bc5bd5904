import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { nazorgKeys } from './query-keys';

/** "Contact gehad", with a note only facilitators read. */
export function recordContact(membershipId: string, note?: string): Promise<void> {
  return apiFetch<void>(`/nazorg/${encodeURIComponent(membershipId)}/contact`, {
    method: 'POST',
    body: note ? { note } : {},
  });
}

export function useRecordContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ membershipId, note }: { membershipId: string; note?: string }) =>
      recordContact(membershipId, note),
    onSuccess: () => client.invalidateQueries({ queryKey: nazorgKeys.all }),
  });
}
