import { apiFetch } from '../../../lib/api-client';
import type { HistoryPage } from '@spiegel/domain';

export const HISTORY_PAGE_SIZE = 50;

/** A page of history, newest first, before a sequence number (exclusive). */
export function getContributions(
  roomId: string,
  options: { before?: number; limit?: number; signal?: AbortSignal } = {},
): Promise<HistoryPage> {
  const params = new URLSearchParams({ limit: String(options.limit ?? HISTORY_PAGE_SIZE) });
  if (options.before !== undefined) params.set('before', String(options.before));
  return apiFetch<HistoryPage>(`/rooms/${encodeURIComponent(roomId)}/contributions?${params}`, {
    signal: options.signal,
  });
}
