import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { insightKeys } from './query-keys';
import type { DashboardView } from '@spiegel/domain';

export interface DashboardPeriod {
  /** yyyy-mm-dd, or '' for the default (the traject's start, until now). */
  from: string;
  to: string;
}

/** The facilitator dashboard of a group; the API logs every view. */
export function getDashboard(
  roomId: string,
  period: DashboardPeriod,
  signal?: AbortSignal,
): Promise<DashboardView> {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  const query = params.size ? `?${params.toString()}` : '';
  return apiFetch<DashboardView>(`/insight/rooms/${encodeURIComponent(roomId)}/dashboard${query}`, {
    signal,
  });
}

export const dashboardQueryOptions = (roomId: string, period: DashboardPeriod) =>
  queryOptions({
    queryKey: insightKeys.dashboard(roomId, period.from, period.to),
    queryFn: ({ signal }) => getDashboard(roomId, period, signal),
    placeholderData: keepPreviousData,
  });

export function useDashboard(roomId: string, period: DashboardPeriod) {
  return useQuery(dashboardQueryOptions(roomId, period));
}
