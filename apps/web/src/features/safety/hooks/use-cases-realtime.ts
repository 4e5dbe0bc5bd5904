import { useQueryClient } from '@tanstack/react-query';
import { useSocketEvent } from '../../../lib/socket';
import { safetyKeys } from '../api/query-keys';

/**
 * Crisis cases follow the server live: when a case opens, is picked up, let go, escalated or closed, the
 * server tells every staff member who may see it (`case:changed`, ids and state only) and the lists refetch.
 * After a reconnect the lists refetch too, for anything missed while offline. The slow poll stays a fallback.
 */
export function useCasesRealtime(): void {
  const client = useQueryClient();
  useSocketEvent('case:changed', () => {
    void client.invalidateQueries({ queryKey: safetyKeys.allCases });
  });
  useSocketEvent('session:ready', () => {
    void client.invalidateQueries({ queryKey: safetyKeys.allCases });
  });
}
