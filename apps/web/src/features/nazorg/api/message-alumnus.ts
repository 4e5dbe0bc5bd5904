import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { nazorgKeys } from './query-keys';

/** Opens (or reuses) a 1:1 conversation with an alumnus who agreed to follow-up. */
export function messageAlumnus(membershipId: string): Promise<{ roomId: string }> {
  return apiFetch<{ roomId: string }>(`/nazorg/${encodeURIComponent(membershipId)}/message`, {
    method: 'POST',
  });
}

export function useMessageAlumnus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: messageAlumnus,
    onSuccess: () => client.invalidateQueries({ queryKey: nazorgKeys.all }),
  });
}
