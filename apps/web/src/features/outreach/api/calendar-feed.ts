import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeedView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';

const calendarFeedKey = ['outreach', 'calendar'] as const;

/** Whether I have a calendar link (the link itself is shown only when made). */
export function useCalendarFeed() {
  return useQuery({
    queryKey: calendarFeedKey,
    queryFn: ({ signal }) => apiFetch<CalendarFeedView>('/outreach/me/calendar', { signal }),
  });
}

/** "Nieuwe link maken": a new secret link; the old one stops working. */
export function useNewCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<CalendarFeedView>('/outreach/me/calendar', { method: 'POST' }),
    onSuccess: (view) => client.setQueryData(calendarFeedKey, { ...view, url: null }),
  });
}

export function useRemoveCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<CalendarFeedView>('/outreach/me/calendar', { method: 'DELETE' }),
    onSuccess: (view) => client.setQueryData(calendarFeedKey, view),
  });
}
