import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { roomKeys } from './query-keys';

export function answerDirect({ roomId, accept }: { roomId: string; accept: boolean }): Promise<void> {
  return apiFetch<void>(`/direct/${encodeURIComponent(roomId)}/${accept ? 'accept' : 'decline'}`, {
    method: 'POST',
  });
}

export function useAnswerDirect() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: answerDirect,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: roomKeys.directRequests });
      void client.invalidateQueries({ queryKey: roomKeys.list });
    },
  });
}
