import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { trajectKeys } from './query-keys';

/** Stop taking part; the note (optional) is read by the traject's facilitators only. */
export function leaveTraject(enrolmentId: string, note?: string): Promise<void> {
  return apiFetch<void>(`/enrolments/${encodeURIComponent(enrolmentId)}/leave`, {
    method: 'POST',
    body: note ? { note } : {},
  });
}

export function useLeaveTraject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ enrolmentId, note }: { enrolmentId: string; note?: string }) =>
      leaveTraject(enrolmentId, note),
    // The group room leaves the room list too.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: trajectKeys.all }),
        client.invalidateQueries({ queryKey: ['rooms'] }),
      ]),
  });
}
