import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { roomKeys } from './query-keys';

export interface ResolveReportInput {
  roomId: string;
  contributionId: string;
  decision: 'keep' | 'hide';
  reason: string;
}

export function resolveReport({ contributionId, decision, reason }: ResolveReportInput): Promise<void> {
  return apiFetch<void>(`/contributions/${encodeURIComponent(contributionId)}/reports/resolve`, {
    method: 'POST',
    body: { decision, reason },
  });
}

export function useResolveReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: resolveReport,
    onSettled: (_d, _e, { roomId }) => client.invalidateQueries({ queryKey: roomKeys.reports(roomId) }),
  });
}
