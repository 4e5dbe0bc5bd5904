import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MentorOverview } from '@spiegel/domain';
import { mentorKeys } from './query-keys';

/** Facilitators: load per mentor (counts only) and who could be invited. */
export function getMentorOverview(signal?: AbortSignal): Promise<MentorOverview> {
  return apiFetch<MentorOverview>('/mentors/overview', { signal });
}

export const mentorOverviewQueryOptions = () =>
  queryOptions({ queryKey: mentorKeys.overview, queryFn: ({ signal }) => getMentorOverview(signal) });

export function useMentorOverview() {
  return useQuery(mentorOverviewQueryOptions());
}
