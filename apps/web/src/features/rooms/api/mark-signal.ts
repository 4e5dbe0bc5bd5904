import { useMutation } from '@tanstack/react-query';
import type { SignalMarkInput, SignalMarkView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';

/** Staff's verdict on detection for one message ("gemist signaal" or "vals alarm"): ids and labels only. */
export function markSignal(input: SignalMarkInput): Promise<SignalMarkView> {
  return apiFetch<SignalMarkView>('/safety/marks', { method: 'POST', body: input });
}

export function useMarkSignal() {
  return useMutation({ mutationFn: markSignal });
}
