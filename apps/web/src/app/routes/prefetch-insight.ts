import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../../features/auth/api/get-session';
import { compareQueryOptions } from '../../features/insight/api/get-compare';
import { dashboardQueryOptions } from '../../features/insight/api/get-dashboard';
import { reportQueryOptions } from '../../features/insight/api/get-report';
import type { SessionView } from '@spiegel/domain';

/** The dashboard's first answer (the default period), asked while the dashboard's code loads. */
export function prefetchDashboard(client: QueryClient, roomId: string): void {
  void client.prefetchQuery(dashboardQueryOptions(roomId, { from: '', to: '' }));
}

/**
 * The report's first requests, asked while its code loads, as the report asks them: the trajecten side
 * by side, and the report of the chosen traject (`?traject=`), of the organisation (admins), or of a
 * facilitator's newest traject (known from the first answer).
 */
export function prefetchReport(client: QueryClient, search: string): void {
  const role = client.getQueryData<SessionView>(sessionQueryKey)?.me?.role;
  const trajectId = new URLSearchParams(search).get('traject');
  if (trajectId || role === 'admin') {
    void client.prefetchQuery(reportQueryOptions(trajectId));
    void client.prefetchQuery(compareQueryOptions());
    return;
  }
  client.fetchQuery(compareQueryOptions()).then(
    (c) => {
      const newest = c.trajecten[0]?.traject.id;
      if (newest) void client.prefetchQuery(reportQueryOptions(newest));
    },
    () => undefined, // the report's own request says what went wrong
  );
}
