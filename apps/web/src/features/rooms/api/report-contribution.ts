import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const REPORT_REASON_MIN = 3;
export const REPORT_REASON_MAX = 500;

/** A facilitator reads the reason; the author never learns who reported. 409 when already reported. */
export function reportContribution({
  id,
  reason,
}: {
  id: string;
  reason: string;
}): Promise<{ hidden: boolean }> {
  return apiFetch<{ hidden: boolean }>(`/contributions/${encodeURIComponent(id)}/report`, {
    method: 'POST',
    body: { reason },
  });
}

export function useReportContribution() {
  return useMutation({ mutationFn: reportContribution });
}
