import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_BASE } from '../../../config/constants';
import { apiFetch } from '../../../lib/api-client';
import { insightKeys } from './query-keys';
import type { ReportView } from '@spiegel/domain';

const query = (trajectId: string | null) => (trajectId ? `?trajectId=${encodeURIComponent(trajectId)}` : '');

/** The evaluation report of one traject, or of the whole organisation (admins) when trajectId is null. */
export function getReport(trajectId: string | null, signal?: AbortSignal): Promise<ReportView> {
  return apiFetch<ReportView>(`/insight/report${query(trajectId)}`, { signal });
}

export const reportQueryOptions = (trajectId: string | null) =>
  queryOptions({
    queryKey: insightKeys.report(trajectId),
    queryFn: ({ signal }) => getReport(trajectId, signal),
    placeholderData: keepPreviousData,
  });

export function useReport(trajectId: string | null, enabled = true) {
  return useQuery({ ...reportQueryOptions(trajectId), enabled });
}

/** The CSV download of the same aggregates (a plain link: the browser saves the file). */
export function reportCsvUrl(trajectId: string | null): string {
  return `${API_BASE}/insight/report.csv${query(trajectId)}`;
}
